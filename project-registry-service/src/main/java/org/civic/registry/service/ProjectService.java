package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Times;
import org.civic.registry.api.IndicatorDto;
import org.civic.registry.api.ProjectInput;
import org.civic.registry.entity.Programme;
import org.civic.registry.entity.Project;
import org.civic.registry.entity.ProjectChange;
import org.civic.registry.mapping.RegistryMapper;
import org.civic.registry.repository.DepartmentRepository;
import org.civic.registry.repository.ProjectChangeRepository;
import org.civic.registry.repository.ProjectFilter;
import org.civic.registry.repository.ProjectRepository;
import org.civic.registry.repository.RegionRepository;

/**
 * Projects and their history. Changing a target, a planned date or the planned investment needs a
 * reason; every changed field is appended to the project's history with who, when, old, new and why.
 */
@ApplicationScoped
public class ProjectService {

    /** Fields whose change must be justified (the promise itself). */
    private static final Set<String> NEEDS_REASON = Set.of("plannedInvestment", "plannedStart", "plannedEnd");

    private final ProjectRepository projects;
    private final ProjectChangeRepository changes;
    private final DepartmentRepository departments;
    private final RegionRepository regions;
    private final ProgrammeService programmes;
    private final RegistryMapper mapper;
    private final Caller caller;

    public ProjectService(ProjectRepository projects, ProjectChangeRepository changes, DepartmentRepository departments,
                          RegionRepository regions, ProgrammeService programmes, RegistryMapper mapper, Caller caller) {
        this.caller = caller;
        this.projects = projects;
        this.changes = changes;
        this.departments = departments;
        this.regions = regions;
        this.programmes = programmes;
        this.mapper = mapper;
    }

    @Transactional // the count and the page see the same data
    public Page<Project> search(ProjectFilter requested, String sort, PageRequest page) {
        return searchEffective(visibleTo(requested), sort, page);
    }

    /** The filter as this caller may use it: API clients never see the projects of draft programmes. */
    public ProjectFilter visibleTo(ProjectFilter requested) {
        return caller.staff() ? requested : requested.onlyPublished();
    }

    /** A search with a filter that already says whether drafts count ({@link #visibleTo}). */
    @Transactional
    public Page<Project> searchEffective(ProjectFilter filter, String sort, PageRequest page) {
        String key = sort == null || sort.isBlank() ? "code" : sort.strip();
        boolean descending = key.startsWith("-");
        String column = ProjectRepository.SORTS.get(descending ? key.substring(1) : key);
        if (column == null) {
            throw ProblemException.badRequest("sort", "must be one of " + String.join(", ",
                    new java.util.TreeSet<>(ProjectRepository.SORTS.keySet())) + ", optionally prefixed by '-'");
        }
        return projects.searchPage(filter, column, descending, page);
    }

    /** A project of a draft programme does not exist for API clients (see ProgrammeService#get). */
    public Project get(UUID id) {
        Project project = projects.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Project", id));
        if (!caller.staff() && programmes.findVisible(project.programmeId).isEmpty()) {
            throw ProblemException.notFound("Project", id);
        }
        return project;
    }

    public List<Project> ofProgramme(UUID programmeId) {
        programmes.get(programmeId);
        return projects.ofProgramme(programmeId);
    }

    /** Changes whenever a project of the programme is created, changed or deleted. */
    public String fingerprint(UUID programmeId) {
        programmes.get(programmeId);
        return projects.fingerprint(programmeId);
    }

    public List<ProjectChange> history(UUID id) {
        get(id);
        return changes.history(id);
    }

    @Transactional
    public Project create(ProjectInput input, String actor) {
        caller.requireDepartment(input.leadDepartmentId(), "projects");
        Programme programme = programmeOf(input);
        if (programme.state == Programme.State.CLOSED) {
            throw ProblemException.conflict("programme-closed", "Programme " + programme.id + " is closed.");
        }
        throwIfAny(checkReferences(input, programme));
        projects.findByCode(programme.id, input.code()).ifPresent(other -> {
            throw ProblemException.conflict("project-code-taken", "Programme " + programme.id
                    + " already has a project with code " + input.code() + " (" + other.id + ").");
        });
        if (input.state() == Project.State.CANCELLED) {
            throw ProblemException.badRequest("state", "a new project cannot be cancelled");
        }
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.programmeId = programme.id;
        project.createdAt = Times.now();
        apply(project, input, actor, false);
        projects.persist(project);
        return project;
    }

    @Transactional
    public Project update(UUID id, ProjectInput input, String ifMatch, String actor) {
        Project project = get(id);
        caller.requireDepartment(project.leadDepartmentId, "projects");
        caller.requireDepartment(input.leadDepartmentId(), "projects");
        ETags.checkMatches(ifMatch, project.version);
        if (!project.programmeId.equals(input.programmeId())) {
            throw ProblemException.badRequest("programmeId", "a project cannot move to another programme");
        }
        Programme programme = programmes.get(project.programmeId);
        throwIfAny(checkReferences(input, programme));
        apply(project, input, actor, true);
        projects.flush();
        return project;
    }

    @Transactional
    public Project cancel(UUID id, String reason, String actor) {
        Project project = get(id);
        caller.requireDepartment(project.leadDepartmentId, "projects");
        if (project.state == Project.State.CANCELLED) {
            throw ProblemException.conflict("project-cancelled", "Project " + id + " is already cancelled.");
        }
        record(project, actor, reason, "state", project.state.name(), Project.State.CANCELLED.name());
        project.state = Project.State.CANCELLED;
        project.cancelReason = reason.strip();
        project.updatedAt = Times.now();
        projects.flush();
        return project;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Project project = get(id);
        caller.requireDepartment(project.leadDepartmentId, "projects");
        ETags.checkMatches(ifMatch, project.version);
        Programme programme = programmes.get(project.programmeId);
        if (programme.state != Programme.State.DRAFT) {
            throw ProblemException.conflict("project-published", "Project " + id + " belongs to a "
                    + programme.state + " programme and is never deleted; cancel it with a reason instead.");
        }
        projects.delete(project);
    }

    /**
     * Checks what Bean Validation cannot: the programme's domains, existing departments and regions,
     * dates in order, unique indicator keys. Returns the violations by field (the import reuses them).
     */
    public List<Problem.Violation> checkReferences(ProjectInput input, Programme programme) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!programme.hasDomain(input.domainCode())) {
            violations.add(new Problem.Violation("domainCode", "must be one of the programme's domains "
                    + programme.domains.stream().map(d -> d.code).toList()));
        }
        Set<UUID> departmentIds = new HashSet<>(orEmpty(input.coDepartmentIds()));
        departmentIds.add(input.leadDepartmentId());
        Set<UUID> known = departments.byIds(departmentIds).keySet();
        if (!known.contains(input.leadDepartmentId())) {
            violations.add(new Problem.Violation("leadDepartmentId", "unknown department " + input.leadDepartmentId()));
        }
        orEmpty(input.coDepartmentIds()).stream().filter(d -> !known.contains(d)).forEach(d ->
                violations.add(new Problem.Violation("coDepartmentIds", "unknown department " + d)));
        Set<String> knownRegions = regions.existing(orEmpty(input.districtCodes()));
        orEmpty(input.districtCodes()).stream().filter(c -> !knownRegions.contains(c)).forEach(c ->
                violations.add(new Problem.Violation("districtCodes", "unknown region " + c)));
        if (input.plannedStart() != null && input.plannedEnd() != null
                && input.plannedEnd().isBefore(input.plannedStart())) {
            violations.add(new Problem.Violation("plannedEnd", "must not be before plannedStart"));
        }
        Set<String> keys = new HashSet<>();
        for (IndicatorDto indicator : orEmpty(input.indicators())) {
            if (!keys.add(indicator.key())) {
                violations.add(new Problem.Violation("indicators", "indicator key " + indicator.key() + " appears twice"));
            }
        }
        return violations;
    }

    /**
     * Copies the input onto the project and records what changed. Returns the number of changed fields;
     * on an update, a change to the promise without a reason is refused before anything is written.
     */
    public int apply(Project project, ProjectInput input, String actor, boolean updating) {
        if (updating && project.state == Project.State.CANCELLED) {
            throw ProblemException.conflict("project-cancelled", "Project " + project.id + " is cancelled and cannot change.");
        }
        if (updating && input.state() == Project.State.CANCELLED) {
            throw ProblemException.badRequest("state", "cancel with POST /projects/" + project.id + "/cancel and a reason");
        }
        Map<String, String[]> diff = updating ? changes(project, input) : Map.of();
        String reason = blankToNull(input.reason());
        List<String> unjustified = needingReason(diff);
        if (reason == null && !unjustified.isEmpty()) {
            throw ProblemException.badRequest("reason", "changing " + String.join(", ", unjustified)
                    + " needs a reason; it is kept in the project's history");
        }
        diff.forEach((field, values) -> record(project, actor, reason, field, values[0], values[1]));

        project.code = input.code();
        project.title = input.title().strip();
        project.titleEn = blankToNull(input.titleEn());
        project.description = blankToNull(input.description());
        project.domainCode = input.domainCode();
        project.leadDepartmentId = input.leadDepartmentId();
        replace(project.coDepartmentIds, orEmpty(input.coDepartmentIds()));
        replace(project.districtCodes, orEmpty(input.districtCodes()));
        project.plannedInvestment = input.plannedInvestment();
        project.plannedStart = input.plannedStart();
        project.plannedEnd = input.plannedEnd();
        project.latitude = input.location() == null ? null : input.location().lat();
        project.longitude = input.location() == null ? null : input.location().lng();
        project.address = input.location() == null ? null : blankToNull(input.location().address());
        project.state = input.state() == null ? (updating ? project.state : Project.State.ACTIVE) : input.state();
        if (!updating || diff.keySet().stream().anyMatch(field -> field.startsWith("indicators."))) {
            // Rows are keyed by indicator key: delete them all before writing the new list.
            project.indicators.clear();
            if (updating) {
                projects.flush();
            }
            orEmpty(input.indicators()).stream().map(mapper::toEntity).forEach(project.indicators::add);
        }
        if (!updating || !diff.isEmpty()) {
            project.updatedAt = Times.now();
        }
        return diff.size();
    }

    /** Field → {old, new} for every field the input would change. */
    public Map<String, String[]> changes(Project project, ProjectInput input) {
        return diff(mapper.toInput(project), input);
    }

    /** The changed fields that are part of the promise and so need a reason. */
    public List<String> needingReason(Map<String, String[]> changes) {
        return changes.keySet().stream()
                .filter(field -> NEEDS_REASON.contains(field) || field.startsWith("indicators.")).toList();
    }

    private void record(Project project, String actor, String reason, String field, String oldValue, String newValue) {
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

    /** Field → {old, new} for every field that differs, indicators per key and attribute. */
    private static Map<String, String[]> diff(ProjectInput before, ProjectInput after) {
        Map<String, String[]> diff = new LinkedHashMap<>();
        compare(diff, "code", before.code(), after.code());
        compare(diff, "title", before.title(), after.title().strip());
        compare(diff, "titleEn", before.titleEn(), blankToNull(after.titleEn()));
        compare(diff, "description", before.description(), blankToNull(after.description()));
        compare(diff, "domainCode", before.domainCode(), after.domainCode());
        compare(diff, "leadDepartmentId", before.leadDepartmentId(), after.leadDepartmentId());
        compare(diff, "coDepartmentIds", new LinkedHashSet<>(orEmpty(before.coDepartmentIds())),
                new LinkedHashSet<>(orEmpty(after.coDepartmentIds())));
        compare(diff, "districtCodes", new LinkedHashSet<>(orEmpty(before.districtCodes())),
                new LinkedHashSet<>(orEmpty(after.districtCodes())));
        compare(diff, "plannedInvestment", before.plannedInvestment(), after.plannedInvestment());
        compare(diff, "plannedStart", before.plannedStart(), after.plannedStart());
        compare(diff, "plannedEnd", before.plannedEnd(), after.plannedEnd());
        compare(diff, "location", before.location(), after.location());
        if (after.state() != null) {
            compare(diff, "state", before.state(), after.state());
        }
        Map<String, IndicatorDto> old = new LinkedHashMap<>();
        orEmpty(before.indicators()).forEach(i -> old.put(i.key(), i));
        Map<String, IndicatorDto> now = new LinkedHashMap<>();
        orEmpty(after.indicators()).forEach(i -> now.put(i.key(), i));
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
                compare(diff, "indicators." + key + ".definition",
                        a.name() + " (" + a.unit() + ", " + a.direction() + ", cumulative " + a.cumulative() + ")",
                        b.name() + " (" + b.unit() + ", " + b.direction() + ", cumulative " + b.cumulative() + ")");
            }
        }
        return diff;
    }

    private static BigDecimal baseline(IndicatorDto indicator) {
        return indicator.baseline() == null ? BigDecimal.ZERO : indicator.baseline();
    }

    private static String describe(IndicatorDto i) {
        return i.name() + ": " + plain(baseline(i)) + " → " + plain(i.target()) + " " + i.unit();
    }

    private static void compare(Map<String, String[]> diff, String field, Object before, Object after) {
        String a = text(before);
        String b = text(after);
        if (!Objects.equals(a, b)) {
            diff.put(field, new String[] {a, b});
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return plain(decimal);
        }
        if (value instanceof org.civic.registry.api.Location location) {
            return (location.lat() == null ? "" : plain(location.lat())) + "," + (location.lng() == null ? "" : plain(location.lng()))
                    + (location.address() == null ? "" : " " + location.address());
        }
        if (value instanceof Set<?> set) {
            return set.isEmpty() ? null : String.join(";", set.stream().map(Object::toString).toList());
        }
        return value.toString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private Programme programmeOf(ProjectInput input) {
        try {
            return programmes.get(input.programmeId());
        } catch (ProblemException e) {
            throw ProblemException.badRequest("programmeId", "unknown programme " + input.programmeId());
        }
    }

    private static void throwIfAny(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
    }

    private static <T> void replace(Set<T> target, List<T> values) {
        if (!target.equals(new LinkedHashSet<>(values))) {
            target.clear();
            target.addAll(values);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
