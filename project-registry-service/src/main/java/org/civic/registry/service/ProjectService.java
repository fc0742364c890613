package org.civic.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.registry.api.ChangeEvent;
import org.civic.registry.api.ChangeView;
import org.civic.registry.api.IndicatorDto;
import org.civic.registry.api.ProjectInput;
import org.civic.registry.api.ProjectView;
import org.civic.registry.entity.Programme;
import org.civic.registry.entity.Project;
import org.civic.registry.mapping.RegistryMapper;
import org.civic.registry.repository.DepartmentRepository;
import org.civic.registry.repository.ProjectFilter;
import org.civic.registry.repository.ProjectRepository;
import org.civic.registry.repository.RegionRepository;

/**
 * Projects: who may read and change which (API clients never see drafts; an editor only its department's), the
 * references a project must get right, and its life (create, change, cancel, delete while a draft). What changed and
 * why is {@link ProjectHistory}'s.
 */
@ApplicationScoped
public class ProjectService {

    private final ProjectRepository projects;
    private final ProjectHistory history;
    private final DepartmentRepository departments;
    private final RegionRepository regions;
    private final ProgrammeService programmes;
    private final ProjectPatcher patcher;
    private final RegistryMapper mapper;
    private final Caller caller;
    private final ChangeFeed feed;

    public ProjectService(
            ProjectRepository projects,
            ProjectHistory history,
            DepartmentRepository departments,
            RegionRepository regions,
            ProgrammeService programmes,
            ProjectPatcher patcher,
            RegistryMapper mapper,
            Caller caller,
            ChangeFeed feed) {
        this.caller = caller;
        this.feed = feed;
        this.projects = projects;
        this.history = history;
        this.departments = departments;
        this.regions = regions;
        this.programmes = programmes;
        this.patcher = patcher;
        this.mapper = mapper;
    }

    /** The filter as this caller may use it: API clients never see the projects of draft programmes. */
    public ProjectFilter visibleTo(ProjectFilter requested) {
        return caller.staff() ? requested : requested.onlyPublished();
    }

    /** A search with a filter that already says whether drafts count ({@link #visibleTo}). */
    @Transactional // the count and the page see the same data; the page is mapped inside the transaction
    public Page<ProjectView> searchEffective(ProjectFilter filter, String sort, PageRequest page) {
        String key = sort == null || sort.isBlank() ? "code" : sort.strip();
        boolean descending = key.startsWith("-");
        String column = ProjectRepository.SORTS.get(descending ? key.substring(1) : key);
        if (column == null) {
            throw ProblemException.badRequest(
                    "sort",
                    "must be one of " + String.join(", ", new TreeSet<>(ProjectRepository.SORTS.keySet()))
                            + ", optionally prefixed by '-'");
        }
        return projects.searchPage(filter, column, descending, page).map(mapper::toView);
    }

    /**
     * The project as it is now, for the read path ({@code read/ProjectReads}), which has already decided from the
     * project's row whether the caller may see it; empty when it has been deleted meanwhile.
     */
    @Transactional // the collections are loaded with the row
    public Optional<Stored<ProjectView>> current(UUID id) {
        return projects.findByIdOptional(id).map(this::stored);
    }

    /** A project of a draft programme does not exist for API clients (see ProgrammeService#get). */
    Project get(UUID id) {
        Project project = projects.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Project", id));
        if (!caller.staff() && programmes.findVisible(project.programmeId).isEmpty()) {
            throw ProblemException.notFound("Project", id);
        }
        return project;
    }

    @Transactional // the projects are mapped inside the read's transaction
    public List<ProjectView> ofProgramme(UUID programmeId) {
        programmes.get(programmeId);
        return projects.ofProgramme(programmeId).stream().map(mapper::toView).toList();
    }

    /** Changes whenever a project of the programme is created, changed or deleted. */
    public String fingerprint(UUID programmeId) {
        programmes.get(programmeId);
        return projects.fingerprint(programmeId);
    }

    public List<ChangeView> history(UUID id) {
        get(id);
        return history.of(id).stream().map(mapper::toView).toList();
    }

    @Transactional
    public Stored<ProjectView> create(ProjectInput input, String actor) {
        return recorded(ChangeEvent.PROJECT_CREATED, add(input, actor));
    }

    /** Creates a project in the caller's transaction: {@link #create}, and each new row of an import. */
    Project add(ProjectInput input, String actor) {
        caller.requireDepartment(input.leadDepartmentId(), "projects");
        Programme programme = programmeOf(input);
        if (programme.state == Programme.State.CLOSED) {
            throw ProblemException.conflict("programme-closed", "Programme " + programme.id + " is closed.");
        }
        throwIfAny(checkReferences(input, programme));
        projects.findByCode(programme.id, input.code()).ifPresent(other -> {
            throw ProblemException.conflict(
                    "project-code-taken",
                    "Programme " + programme.id + " already has a project with code " + input.code() + " (" + other.id
                            + ").");
        });
        if (input.state() == Project.State.CANCELLED) {
            throw ProblemException.badRequest("state", "a new project cannot be cancelled");
        }
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.programmeId = programme.id;
        project.createdAt = Times.now();
        project.updatedAt = project.createdAt;
        copy(project, input);
        project.state = input.state() == null ? Project.State.ACTIVE : input.state();
        addIndicators(project, input);
        projects.persist(project);
        return project;
    }

    @Transactional
    public Stored<ProjectView> update(UUID id, ProjectInput input, String ifMatch, String actor) {
        Project project = get(id);
        caller.requireDepartment(project.leadDepartmentId, "projects");
        caller.requireDepartment(input.leadDepartmentId(), "projects");
        ETags.checkMatches(ifMatch, project.version);
        if (!project.programmeId.equals(input.programmeId())) {
            throw ProblemException.badRequest("programmeId", "a project cannot move to another programme");
        }
        Programme programme = programmes.get(project.programmeId);
        throwIfAny(checkReferences(input, programme));
        long before = project.version;
        change(project, input, actor);
        projects.flush();
        return project.version == before ? stored(project) : recorded(ChangeEvent.PROJECT_UPDATED, project);
    }

    /** A JSON Merge Patch over the project's input form, then the same rules as {@link #update}. */
    @Transactional
    public Stored<ProjectView> patch(UUID id, JsonNode patch, String ifMatch, String actor) {
        return update(id, patcher.merge(get(id), patch), ifMatch, actor);
    }

    @Transactional
    public Stored<ProjectView> cancel(UUID id, String reason, String actor) {
        Project project = get(id);
        caller.requireDepartment(project.leadDepartmentId, "projects");
        if (project.state == Project.State.CANCELLED) {
            throw ProblemException.conflict("project-cancelled", "Project " + id + " is already cancelled.");
        }
        history.record(project, actor, reason, "state", project.state.name(), Project.State.CANCELLED.name());
        project.state = Project.State.CANCELLED;
        project.cancelReason = reason.strip();
        project.updatedAt = Times.now();
        projects.flush();
        return recorded(ChangeEvent.PROJECT_CANCELLED, project);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Project project = get(id);
        caller.requireDepartment(project.leadDepartmentId, "projects");
        ETags.checkMatches(ifMatch, project.version);
        Programme programme = programmes.get(project.programmeId);
        if (programme.state != Programme.State.DRAFT) {
            throw ProblemException.conflict(
                    "project-published",
                    "Project " + id + " belongs to a " + programme.state
                            + " programme and is never deleted; cancel it with a reason instead.");
        }
        projects.delete(project);
        // The deletion supersedes the last version a consumer may hold.
        feed.record(ChangeEvent.PROJECT_DELETED, project.id, project.version + 1, project.programmeId, null);
    }

    /** The project as stored now, recorded in the change feed as {@code type} (a create, an import row, ...). */
    Stored<ProjectView> recorded(String type, Project project) {
        Stored<ProjectView> stored = stored(project);
        feed.record(type, project.id, project.version, project.programmeId, stored.view());
        return stored;
    }

    private Stored<ProjectView> stored(Project project) {
        return Stored.of(mapper.toView(project), project.id, project.version);
    }

    /**
     * Checks what Bean Validation cannot: the programme's domains, existing departments and regions,
     * dates in order, unique indicator keys. Returns the violations by field (the import reports them per row).
     */
    List<Problem.Violation> checkReferences(ProjectInput input, Programme programme) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!programme.hasDomain(input.domainCode())) {
            violations.add(new Problem.Violation(
                    "domainCode",
                    "must be one of the programme's domains "
                            + programme.domains.stream().map(d -> d.code).toList()));
        }
        Set<UUID> departmentIds = new HashSet<>(orEmpty(input.coDepartmentIds()));
        departmentIds.add(input.leadDepartmentId());
        Set<UUID> known = departments.byIds(departmentIds).keySet();
        if (!known.contains(input.leadDepartmentId())) {
            violations.add(new Problem.Violation("leadDepartmentId", "unknown department " + input.leadDepartmentId()));
        }
        orEmpty(input.coDepartmentIds()).stream()
                .filter(d -> !known.contains(d))
                .forEach(d -> violations.add(new Problem.Violation("coDepartmentIds", "unknown department " + d)));
        Set<String> knownRegions = regions.existing(orEmpty(input.districtCodes()));
        orEmpty(input.districtCodes()).stream()
                .filter(c -> !knownRegions.contains(c))
                .forEach(c -> violations.add(new Problem.Violation("districtCodes", "unknown region " + c)));
        if (input.plannedStart() != null
                && input.plannedEnd() != null
                && input.plannedEnd().isBefore(input.plannedStart())) {
            violations.add(new Problem.Violation("plannedEnd", "must not be before plannedStart"));
        }
        Set<String> keys = new HashSet<>();
        for (IndicatorDto indicator : orEmpty(input.indicators())) {
            if (!keys.add(indicator.key())) {
                violations.add(
                        new Problem.Violation("indicators", "indicator key " + indicator.key() + " appears twice"));
            }
        }
        return violations;
    }

    /**
     * Changes a project to the input (an update, or an import row): a cancelled project never changes and nothing is
     * cancelled this way; a change to the promise needs a reason; every changed field goes into the history.
     */
    void change(Project project, ProjectInput input, String actor) {
        if (project.state == Project.State.CANCELLED) {
            throw ProblemException.conflict(
                    "project-cancelled", "Project " + project.id + " is cancelled and cannot change.");
        }
        if (input.state() == Project.State.CANCELLED) {
            throw ProblemException.badRequest(
                    "state", "cancel with POST /projects/" + project.id + "/cancel and a reason");
        }
        Map<String, String[]> changed = history.changes(project, input);
        String reason = blankToNull(input.reason());
        ProjectHistory.requireReason(changed, reason);
        history.record(project, actor, reason, changed);
        copy(project, input);
        if (input.state() != null) {
            project.state = input.state();
        }
        if (ProjectHistory.touchesIndicators(changed)) {
            // Rows are keyed by indicator key: delete them all before writing the new list.
            project.indicators.clear();
            projects.flush();
            addIndicators(project, input);
        }
        if (!changed.isEmpty()) {
            project.updatedAt = Times.now();
        }
    }

    /** The fields a create and a change both take from the input as they are (state and indicators aside). */
    private static void copy(Project project, ProjectInput input) {
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
        project.address =
                input.location() == null ? null : blankToNull(input.location().address());
    }

    private void addIndicators(Project project, ProjectInput input) {
        orEmpty(input.indicators()).stream().map(mapper::toEntity).forEach(project.indicators::add);
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

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
