package org.civic.benefits.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The rule language as OpenAPI schemas, built from what {@link RuleParser} accepts: the facts of {@link FactType}
 * with their operators, the {@link Operator}s, and the parser's limits. Rule documents stay JSON trees in the code
 * (the parser names every offending path), so their fields point here ({@code @Schema(ref = CRITERION)}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RuleLanguageSchema implements OASFilter {

    public static final String CRITERION = "RuleCriterion";
    public static final String BENEFIT_CRITERIA = "BenefitCriteria";
    public static final String VALUE = "RuleValue";
    public static final String FACT = "RuleFact";
    public static final String RECORDABLE_FACT = "RecordableFact";
    public static final String OPERATOR = "RuleOperator";
    private static final String ALL = "RuleAll";
    private static final String ANY = "RuleAny";
    private static final String NOT = "RuleNot";
    private static final String CONDITION = "RuleCondition";

    /** The operators that take a single value: all but in (an array, {@link RuleParser}) and exists (none). */
    private static final Set<Operator> ONE_VALUE = EnumSet.complementOf(EnumSet.of(Operator.IN, Operator.EXISTS));

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(
                CRITERION,
                OASFactory.createSchema()
                        .description(
                                "A criteria tree: all, any or not over further criteria, or a condition on one fact; at most "
                                        + RuleParser.MAX_DEPTH
                                        + " levels deep. Evaluated in three values: a condition on a fact with no "
                                        + "valid value is UNKNOWN, all is NOT_MET when a child is, any is MET when a child is, not keeps UNKNOWN.")
                        .oneOf(List.of(ref(ALL), ref(ANY), ref(NOT), ref(CONDITION)))
                        .examples(List.of(parse(RuleExamples.CRITERIA))));
        components.addSchema(ALL, combinator("all", "Met when every child is met"));
        components.addSchema(ANY, combinator("any", "Met when at least one child is met"));
        components.addSchema(
                NOT,
                object().description("Met when its criterion is not met (UNKNOWN stays UNKNOWN)")
                        .addRequired("not")
                        .addProperty("not", ref(CRITERION)));
        components.addSchema(CONDITION, condition());
        components.addSchema(VALUE, value());
        components.addSchema(
                FACT,
                OASFactory.createSchema()
                        .addType(SchemaType.STRING)
                        .description(
                                "A fact of the catalogue, with the operators it takes and its values: " + catalogue())
                        .enumeration(Arrays.stream(FactType.values())
                                .map(fact -> (Object) fact.json)
                                .toList()));
        components.addSchema(
                RECORDABLE_FACT,
                OASFactory.createSchema()
                        .addType(SchemaType.STRING)
                        .description(
                                "A fact that can be recorded or stated (age is derived from birthDate). For a multi-valued "
                                        + "fact the value " + FactType.NONE
                                        + " records a checked absence (\"holds no honour\").")
                        .enumeration(Arrays.stream(FactType.values())
                                .filter(FactType::recordable)
                                .map(fact -> (Object) fact.json)
                                .toList()));
        components.addSchema(
                OPERATOR,
                OASFactory.createSchema()
                        .addType(SchemaType.STRING)
                        .description(Arrays.stream(Operator.values())
                                .map(op -> op.json + ": " + meaning(op))
                                .collect(Collectors.joining("; ")))
                        .enumeration(Arrays.stream(Operator.values())
                                .map(op -> (Object) op.json)
                                .toList()));
        components.addSchema(
                BENEFIT_CRITERIA,
                OASFactory.createSchema()
                        .addType(SchemaType.OBJECT)
                        .description(
                                "Extra criteria per benefit code, on top of the programme's (e.g. a household in hardship "
                                        + "for the red-cross visits); the keys are codes of the programme's benefits")
                        .propertyNames(OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .pattern(Codes.CODE)
                                .maxLength(Codes.CODE_MAX_LENGTH))
                        .additionalPropertiesSchema(ref(CRITERION))
                        .examples(List.of(parse(RuleExamples.BENEFIT_CRITERIA))));
    }

    private static Schema combinator(String name, String description) {
        return object().description(description + " (1 to " + RuleParser.MAX_CHILDREN + " children)")
                .addRequired(name)
                .addProperty(
                        name,
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .items(ref(CRITERION))
                                .minItems(1)
                                .maxItems(RuleParser.MAX_CHILDREN));
    }

    private Schema condition() {
        Schema text = OASFactory.createSchema()
                .addType(SchemaType.STRING)
                .minLength(1)
                .maxLength(500);
        return object().description(
                        "A condition on one fact. Every condition explains itself in Chinese and English; the "
                                + "operator must be one the fact takes (see " + FACT + "), value is absent for exists.")
                .required(List.of("fact", "op", "explanation"))
                .addProperty("fact", ref(FACT))
                .addProperty("op", ref(OPERATOR))
                .addProperty("value", ref(VALUE))
                .addProperty(
                        "explanation",
                        object().description("What the condition means, shown with each answer")
                                .required(List.of("zh", "en"))
                                .addProperty("zh", text)
                                .addProperty("en", text))
                .addProperty(
                        "article",
                        OASFactory.createSchema()
                                .addType(SchemaType.STRING)
                                .maxLength(200)
                                .description("The policy article the condition comes from"))
                .examples(List.of(parse(RuleExamples.CONDITION)));
    }

    private static Schema value() {
        Schema text = OASFactory.createSchema()
                .addType(SchemaType.STRING)
                .maxLength(FactType.MAX_VALUE_LENGTH)
                .description("A code, a GB/T 2260 region code or a date (YYYY-MM-DD), as the fact takes");
        Schema years = OASFactory.createSchema()
                .addType(SchemaType.INTEGER)
                .format("int32")
                .minimum(BigDecimal.ZERO)
                .maximum(BigDecimal.valueOf(FactType.MAX_AGE))
                .description("Whole years, for age");
        Schema list = OASFactory.createSchema()
                .addType(SchemaType.ARRAY)
                .minItems(1)
                .maxItems(RuleParser.MAX_IN_VALUES)
                .items(OASFactory.createSchema().oneOf(List.of(text, years)))
                .description("The values of in");
        return OASFactory.createSchema()
                .description("The operand: one value for " + Operator.names(ONE_VALUE) + "; an array for "
                        + Operator.IN.json + "; none for " + Operator.EXISTS.json)
                .oneOf(List.of(text, years, list))
                .examples(List.of("350500"));
    }

    /** Each fact with its operators and values, from the catalogue. */
    private static String catalogue() {
        return Arrays.stream(FactType.values())
                .map(fact -> fact.json + " (" + fact.operatorNames() + "; " + values(fact)
                        + (fact.multiValued ? ", every valid value counts" : ", the latest valid value") + ")")
                .collect(Collectors.joining("; "));
    }

    private static String values(FactType fact) {
        return switch (fact.kind) {
            case CODE -> fact.vocabulary().isEmpty() ? "an upper-case code" : String.join(" | ", fact.vocabulary());
            case REGION -> "a 6, 9 or 12 digit GB/T 2260 region code";
            case DATE -> "a date";
            case YEARS -> "whole years derived from birthDate, not recordable";
        };
    }

    private static String meaning(Operator op) {
        return switch (op) {
            case EQ -> "the fact has this value";
            case IN -> "the fact has one of these values (an array of 1 to " + RuleParser.MAX_IN_VALUES + ")";
            case GTE -> "at least (ages as numbers, dates as dates)";
            case LTE -> "at most (ages as numbers, dates as dates)";
            case EXISTS -> "the fact has a valid value (no value given)";
            case WITHIN_REGION -> "the region lies within this one by its GB/T 2260 code (350582 is within 350500)";
        };
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).additionalPropertiesBoolean(false);
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(name);
    }

    private Object parse(String example) {
        try {
            return json.readValue(example, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("example is not JSON: " + example, e);
        }
    }
}
