package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Decimals;
import org.civic.common.web.Times;
import org.civic.registry.api.IndicatorDto;
import org.civic.registry.api.Location;
import org.civic.registry.api.ProjectInput;
import org.civic.registry.entity.Project;
import org.civic.registry.entity.ProjectChange;
import org.civic.registry.mapping.RegistryMapper;
import org.civic.registry.repository.ProjectChangeRepository;

/**
 * A project's change history: which fields a change touches (the diff, indicators per key and attribute, each value
 * rendered as text), the rule that a change to the promise (targets, planned dates, planned investment) needs a
 * reason, and the history rows with who, when, old, new and why.
 */
@ApplicationScoped
public class ProjectHistory {

    /** Fields whose change must be justified, besides every indicator (the promise itself). */
    private static final Set<String> NEEDS_REASON = Set.of("plannedInvestment", "plannedStart", "plannedEnd");

    private final ProjectChangeRepository changes;
    private final RegistryMapper mapper;

    public ProjectHistory(ProjectChangeRepository changes, RegistryMapper mapper) {
        this.changes = changes;
        this.mapper = mapper;
    }

    public List<ProjectChange> of(UUID projectId) {
        return changes.history(projectId);
    }

    /** Field → {old, new} for every field the input would change on the project. */
    public Map<String, String[]> changes(Project project, ProjectInput input) {
        return diff(mapper.toInput(project), input);
    }

    /** Refuses a change to the promise without a reason, before anything is written. */
    public static void requireReason(Map<String, String[]> changes, String reason) {
        List<String> unjustified = needingReason(changes);
        if (reason == null && !unjustified.isEmpty()) {
            throw ProblemException.badRequest(
                    "reason",
                    "changing " + String.join(", ", unjustified)
                            + " needs a reason; it is kept in the project's history");
        }
    }

    /** The changed fields that are part of the promise and so need a reason. */
    public static List<String> needingReason(Map<String, String[]> changes) {
        return changes.keySet().stream()
                .filter(field -> NEEDS_REASON.contains(field) || field.startsWith("indicators."))
                .toList();
    }

    /** Appends one row per changed field. */
    public void record(Project project, String actor, String reason, Map<String, String[]> changed) {
        changed.forEach((field, values) -> record(project, actor, reason, field, values[0], values[1]));
    }

    public void record(Project project, String actor, String reason, String field, String oldValue, String newValue) {
        ProjectChange change = new ProjectChange();
        change.projectId = project.id;
        change.changedAt = Times.now();
        change.changedBy = actor;
        change.field = field;
        change.oldValue = oldValue;
        change.newValue = newValue;
        change.reason = reason;
        changes.persist(change);
    }

    /** Field → {old, new} for every field that differs, indicators per key and attribute; inputs as given. */
    static Map<String, String[]> diff(ProjectInput before, ProjectInput after) {
        Map<String, String[]> diff = new LinkedHashMap<>();
        compare(diff, "code", before.code(), after.code());
        compare(diff, "title", before.title(), after.title().strip());
        compare(diff, "titleEn", before.titleEn(), ProjectService.blankToNull(after.titleEn()));
        compare(diff, "description", before.description(), ProjectService.blankToNull(after.description()));
        compare(diff, "domainCode", before.domainCode(), after.domainCode());
        compare(diff, "leadDepartmentId", before.leadDepartmentId(), after.leadDepartmentId());
        compare(
                diff,
                "coDepartmentIds",
                new LinkedHashSet<>(ProjectService.orEmpty(before.coDepartmentIds())),
                new LinkedHashSet<>(ProjectService.orEmpty(after.coDepartmentIds())));
        compare(
                diff,
                "districtCodes",
                new LinkedHashSet<>(ProjectService.orEmpty(before.districtCodes())),
                new LinkedHashSet<>(ProjectService.orEmpty(after.districtCodes())));
        compare(diff, "plannedInvestment", before.plannedInvestment(), after.plannedInvestment());
        compare(diff, "plannedStart", before.plannedStart(), after.plannedStart());
        compare(diff, "plannedEnd", before.plannedEnd(), after.plannedEnd());
        compare(diff, "location", before.location(), after.location());
        if (after.state() != null) {
            compare(diff, "state", before.state(), after.state());
        }
        Map<String, IndicatorDto> old = byKey(before.indicators());
        Map<String, IndicatorDto> now = byKey(after.indicators());
        Set<String> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            IndicatorDto a = old.get(key);
            IndicatorDto b = now.get(key);
            if (a == null || b == null) {
                compare(diff, "indicators." + key, a == null ? null : describe(a), b == null ? null : describe(b));
            } else {
                compare(diff, "indicators." + key + ".target", a.target(), b.target());
                compare(diff, "indicators." + key + ".baseline", baseline(a), baseline(b));
                compare(diff, "indicators." + key + ".definition", definition(a), definition(b));
            }
        }
        return diff;
    }

    /** Whether a change touches the indicators (their rows are then written anew). */
    static boolean touchesIndicators(Map<String, String[]> changes) {
        return changes.keySet().stream().anyMatch(field -> field.startsWith("indicators."));
    }

    private static Map<String, IndicatorDto> byKey(List<IndicatorDto> indicators) {
        Map<String, IndicatorDto> byKey = new LinkedHashMap<>();
        ProjectService.orEmpty(indicators).forEach(indicator -> byKey.put(indicator.key(), indicator));
        return byKey;
    }

    private static BigDecimal baseline(IndicatorDto indicator) {
        return indicator.baseline() == null ? BigDecimal.ZERO : indicator.baseline();
    }

    private static String definition(IndicatorDto i) {
        return i.name() + " (" + i.unit() + ", " + i.direction() + ", cumulative " + i.cumulative() + ")";
    }

    private static String describe(IndicatorDto i) {
        return i.name() + ": " + text(baseline(i)) + " → " + text(i.target()) + " " + i.unit();
    }

    private static void compare(Map<String, String[]> diff, String field, Object before, Object after) {
        String a = text(before);
        String b = text(after);
        if (!Objects.equals(a, b)) {
            diff.put(field, new String[] {a, b});
        }
    }

    /** How a value reads in the history: decimals without trailing zeros, sets joined by ';', none as null. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return Decimals.plain(decimal).toPlainString();
        }
        if (value instanceof Location location) {
            return (location.lat() == null ? "" : text(location.lat())) + ","
                    + (location.lng() == null ? "" : text(location.lng()))
                    + (location.address() == null ? "" : " " + location.address());
        }
        if (value instanceof Set<?> set) {
            return set.isEmpty()
                    ? null
                    : String.join(";", set.stream().map(Object::toString).toList());
        }
        return value.toString();
    }
}
