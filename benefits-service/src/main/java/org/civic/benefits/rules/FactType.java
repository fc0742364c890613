package org.civic.benefits.rules;

import static org.civic.benefits.rules.Operator.EQ;
import static org.civic.benefits.rules.Operator.EXISTS;
import static org.civic.benefits.rules.Operator.GTE;
import static org.civic.benefits.rules.Operator.IN;
import static org.civic.benefits.rules.Operator.LTE;
import static org.civic.benefits.rules.Operator.WITHIN_REGION;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civic.common.problem.Problem;

/**
 * The fixed catalogue of facts rules may test. A multi-valued fact (honours, cards …) holds every value
 * valid on the evaluation date; a single-valued one holds the value that started last. {@code age} is
 * derived from {@code birthDate} on the evaluation date and cannot be recorded.
 */
public enum FactType {
    HONOUR("honour", Kind.CODE, true, EnumSet.of(EQ, IN, EXISTS), null),
    CARD("card", Kind.CODE, true, EnumSet.of(EQ, IN, EXISTS), null),
    RESIDENCE_REGION("residenceRegion", Kind.REGION, false, EnumSet.of(EQ, IN, WITHIN_REGION, EXISTS), null),
    BIRTH_DATE("birthDate", Kind.DATE, false, EnumSet.of(EQ, GTE, LTE, EXISTS), null),
    AGE("age", Kind.YEARS, false, EnumSet.of(EQ, GTE, LTE), null),
    SEX("sex", Kind.CODE, false, EnumSet.of(EQ, IN, EXISTS), List.of("FEMALE", "MALE")),
    DISABILITY_CERTIFICATE(
            "disabilityCertificate",
            Kind.CODE,
            true,
            EnumSet.of(EQ, IN, EXISTS),
            List.of("VISUAL", "HEARING", "SPEECH", "PHYSICAL", "INTELLECTUAL", "MENTAL", "AUTISM", "MULTIPLE")),
    HOUSEHOLD_STATUS(
            "householdStatus", Kind.CODE, true, EnumSet.of(EQ, IN, EXISTS), List.of("DIBAO", "TEKUN", "LOW_INCOME")),
    DIAGNOSIS("diagnosis", Kind.CODE, true, EnumSet.of(EQ, IN, EXISTS), null);

    /** How values are written and compared. */
    public enum Kind {
        CODE,
        REGION,
        DATE,
        YEARS
    }

    /**
     * Recorded for a multi-valued fact, NONE says "checked: holds none", which turns conditions on it
     * from UNKNOWN into NOT_MET. It never appears in rules.
     */
    public static final String NONE = "NONE";

    /** The longest value a rule may name: an open code (a region code has 12 characters, a date 10). */
    public static final int MAX_VALUE_LENGTH = 64;

    private static final Pattern OPEN_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1," + (MAX_VALUE_LENGTH - 1) + "}$");
    private static final Pattern REGION = Pattern.compile(Regions.CODE);
    public static final int MAX_AGE = 150;

    public final String json;
    public final Kind kind;
    public final boolean multiValued;
    public final Set<Operator> operators;
    private final List<String> vocabulary;

    FactType(String json, Kind kind, boolean multiValued, Set<Operator> operators, List<String> vocabulary) {
        this.json = json;
        this.kind = kind;
        this.multiValued = multiValued;
        this.operators = operators;
        this.vocabulary = vocabulary;
    }

    public static Optional<FactType> ofJson(String name) {
        return Arrays.stream(values()).filter(type -> type.json.equals(name)).findFirst();
    }

    public static String catalogue() {
        return Arrays.stream(values()).map(type -> type.json).collect(Collectors.joining(", "));
    }

    public static String recordableCatalogue() {
        return Arrays.stream(values())
                .filter(FactType::recordable)
                .map(type -> type.json)
                .collect(Collectors.joining(", "));
    }

    public boolean recordable() {
        return this != AGE;
    }

    /** The recorded fact a condition needs: {@code birthDate} for {@code age}. */
    public FactType source() {
        return this == AGE ? BIRTH_DATE : this;
    }

    /** The values a code fact may take in rules, when it has a fixed vocabulary (empty otherwise). */
    List<String> vocabulary() {
        return vocabulary == null ? List.of() : vocabulary;
    }

    public String operatorNames() {
        return Operator.names(operators);
    }

    /** Why {@code value} is not a valid value of this fact in a rule, or null when it is. */
    public String ruleValueProblem(String value) {
        return switch (kind) {
            case CODE ->
                vocabulary != null
                        ? vocabulary.contains(value) ? null : "must be one of " + String.join(", ", vocabulary)
                        : OPEN_CODE.matcher(value).matches()
                                ? null
                                : "must be an upper-case code such as BLOOD_DONATION_GOLD (A-Z, 0-9, _)";
            case REGION -> REGION.matcher(value).matches() ? null : "must be a 6, 9 or 12 digit GB/T 2260 region code";
            case DATE -> parsesAsDate(value) ? null : "must be a date (YYYY-MM-DD)";
            case YEARS -> isYears(value) ? null : "must be a whole number of years from 0 to " + MAX_AGE;
        };
    }

    /**
     * Why a fact of type {@code typeName} with {@code value} cannot be recorded or stated, as a violation of
     * {@code prefix + "type"} or {@code prefix + "value"}; null when it can.
     */
    public static Problem.Violation recordingProblem(String typeName, String value, String prefix) {
        Optional<FactType> type = ofJson(typeName).filter(FactType::recordable);
        if (type.isEmpty()) {
            return new Problem.Violation(
                    prefix + "type",
                    AGE.json.equals(typeName)
                            ? "age is derived from birthDate; record birthDate"
                            : "unknown fact type; known: " + recordableCatalogue());
        }
        String problem = type.get().recordedValueProblem(value);
        return problem == null ? null : new Problem.Violation(prefix + "value", problem);
    }

    /** Why {@code value} cannot be recorded for this fact, or null when it can; NONE is recordable when multi-valued. */
    public String recordedValueProblem(String value) {
        if (multiValued && NONE.equals(value)) {
            return null;
        }
        return ruleValueProblem(value);
    }

    private static boolean parsesAsDate(String value) {
        if (!value.matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")) {
            return false; // four-digit years only: dates must also order correctly as text
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isYears(String value) {
        if (!value.matches("^[0-9]{1,3}$")) {
            return false;
        }
        return Integer.parseInt(value) <= MAX_AGE;
    }
}
