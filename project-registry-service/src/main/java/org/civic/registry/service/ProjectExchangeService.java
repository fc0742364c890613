package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Decimals;
import org.civic.registry.api.ChangeEvent;
import org.civic.registry.api.ImportReport;
import org.civic.registry.api.ImportReport.RowError;
import org.civic.registry.api.ProjectInput;
import org.civic.registry.entity.Department;
import org.civic.registry.entity.Programme;
import org.civic.registry.entity.Project;
import org.civic.registry.io.ProjectRowParser;
import org.civic.registry.io.ProjectTable;
import org.civic.registry.repository.DepartmentRepository;
import org.civic.registry.repository.ProjectRepository;

/**
 * Import and export of a programme's project list. An import is checked whole before anything is
 * written, then applied in one transaction: all rows or none. Rows update projects with the same code.
 */
@ApplicationScoped
public class ProjectExchangeService {

    private final ProjectService projects;
    private final ProjectHistory history;
    private final ProgrammeService programmes;
    private final ProjectRepository projectRepository;
    private final DepartmentRepository departments;
    private final Validator validator;

    public ProjectExchangeService(
            ProjectService projects,
            ProjectHistory history,
            ProgrammeService programmes,
            ProjectRepository projectRepository,
            DepartmentRepository departments,
            Validator validator) {
        this.projects = projects;
        this.history = history;
        this.programmes = programmes;
        this.projectRepository = projectRepository;
        this.departments = departments;
        this.validator = validator;
    }

    @Transactional
    public ImportReport importProjects(
            UUID programmeId, byte[] content, String mediaType, boolean dryRun, String reason, String actor) {
        Programme programme = programmes.get(programmeId);
        if (programme.state == Programme.State.CLOSED) {
            throw ProblemException.conflict("programme-closed", "Programme " + programmeId + " is closed.");
        }
        List<ProjectTable.Line> lines = ProjectTable.read(content, mediaType);
        // Every row's checks query the database; left to auto-flush, each query would dirty-check every project loaded
        // so far, quadratic in the rows (a 5,000-row import into a 10,000-project programme ran past the 60 s
        // transaction timeout). Nothing here reads back what the import writes (duplicate codes are caught in
        // seenCodes), so the writes go in one flush below.
        projectRepository.getEntityManager().setFlushMode(FlushModeType.COMMIT);
        Map<String, Project> existing = projectRepository.byCode(programmeId);
        Map<String, Department> departmentsByCode =
                departments.listAll().stream().collect(Collectors.toMap(d -> d.code, d -> d));
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> seenCodes = new HashMap<>();
        List<ProjectInput> creates = new ArrayList<>();
        Map<Project, ProjectInput> updates = new LinkedHashMap<>();
        int unchanged = 0;
        for (ProjectTable.Line line : lines) {
            List<RowError> rowErrors = new ArrayList<>();
            ProjectInput input = ProjectRowParser.parse(line, programmeId, departmentsByCode, reason, rowErrors);
            validate(input, programme, line.number(), rowErrors);
            if (input.code() != null) {
                Integer first = seenCodes.putIfAbsent(input.code(), line.number());
                if (first != null) {
                    rowErrors.add(new RowError(
                            line.number(), "code", "code " + input.code() + " already used in row " + first));
                }
            }
            if (rowErrors.isEmpty()) {
                Project project = existing.get(input.code());
                if (project == null) {
                    if (input.state() == Project.State.CANCELLED) {
                        rowErrors.add(new RowError(line.number(), "state", "a new project cannot be cancelled"));
                    } else {
                        creates.add(input);
                    }
                } else {
                    Map<String, String[]> changes = history.changes(project, input);
                    if (changes.isEmpty()) {
                        unchanged++;
                    } else if (project.state == Project.State.CANCELLED || input.state() == Project.State.CANCELLED) {
                        rowErrors.add(
                                new RowError(
                                        line.number(),
                                        "state",
                                        "cancelled projects cannot change, and projects are cancelled with POST /projects/{id}/cancel"));
                    } else if (reason == null
                            && !ProjectHistory.needingReason(changes).isEmpty()) {
                        rowErrors.add(new RowError(
                                line.number(),
                                ProjectRowParser.column(
                                        ProjectHistory.needingReason(changes).get(0)),
                                "changing " + String.join(", ", ProjectHistory.needingReason(changes))
                                        + " needs a reason: import with ?reason=…"));
                    } else {
                        updates.put(project, input);
                    }
                }
            }
            errors.addAll(rowErrors);
        }
        if (!errors.isEmpty() || dryRun) {
            ImportReport report =
                    new ImportReport(dryRun, false, lines.size(), creates.size(), updates.size(), unchanged, errors);
            if (!dryRun) {
                throw new ProblemException(new Problem(
                                "import-invalid",
                                "Import rejected",
                                422,
                                errors.size() + " error(s) in the file; nothing was imported."))
                        .with("errors", errors);
            }
            return report;
        }
        List<Project> created =
                creates.stream().map(input -> projects.add(input, actor)).toList();
        updates.forEach((project, input) -> projects.change(project, input, actor));
        projectRepository.flush();
        created.forEach(project -> projects.recorded(ChangeEvent.PROJECT_CREATED, project));
        updates.keySet().forEach(project -> projects.recorded(ChangeEvent.PROJECT_UPDATED, project));
        return new ImportReport(false, true, lines.size(), creates.size(), updates.size(), unchanged, List.of());
    }

    /** A programme's project list in the import format, and the file's name without its extension. */
    public record Export(String name, List<Map<String, String>> rows) {}

    public Export export(UUID programmeId) {
        Programme programme = programmes.get(programmeId);
        List<Project> list = projectRepository.ofProgramme(programmeId);
        Set<UUID> ids = new HashSet<>();
        list.forEach(p -> {
            ids.add(p.leadDepartmentId);
            ids.addAll(p.coDepartmentIds);
        });
        Map<UUID, Department> byId = departments.byIds(ids);
        return new Export(
                programme.regionCode + "-" + programme.year,
                list.stream().map(p -> toRow(p, byId)).toList());
    }

    private Map<String, String> toRow(Project p, Map<UUID, Department> departmentsById) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("code", p.code);
        row.put("title", p.title);
        row.put("title_en", orBlank(p.titleEn));
        row.put("description", orBlank(p.description));
        row.put("domain", p.domainCode);
        row.put("lead_department", departmentsById.get(p.leadDepartmentId).code);
        row.put(
                "co_departments",
                p.coDepartmentIds.stream()
                        .map(id -> departmentsById.get(id).code)
                        .collect(Collectors.joining(";")));
        row.put("districts", String.join(";", p.districtCodes));
        row.put("planned_investment", p.plannedInvestment == null ? "" : p.plannedInvestment.toPlainString());
        row.put("planned_start", p.plannedStart == null ? "" : p.plannedStart.toString());
        row.put("planned_end", p.plannedEnd == null ? "" : p.plannedEnd.toString());
        row.put("state", p.state.name());
        row.put("latitude", p.latitude == null ? "" : p.latitude.toPlainString());
        row.put("longitude", p.longitude == null ? "" : p.longitude.toPlainString());
        row.put("address", orBlank(p.address));
        row.put(
                "indicators",
                p.indicators.stream()
                        .map(i -> String.join(
                                "|",
                                i.key,
                                i.name,
                                i.unit,
                                text(i.baseline),
                                text(i.target),
                                i.direction.name(),
                                Boolean.toString(i.cumulative)))
                        .collect(Collectors.joining(";")));
        return row;
    }

    /** Adds Bean Validation and reference errors, except on columns that already failed to parse. */
    private void validate(ProjectInput input, Programme programme, int row, List<RowError> errors) {
        Set<String> unparsed = errors.stream().map(RowError::column).collect(Collectors.toSet());
        List<RowError> found = new ArrayList<>();
        for (ConstraintViolation<ProjectInput> violation : validator.validate(input)) {
            found.add(new RowError(
                    row, ProjectRowParser.column(violation.getPropertyPath().toString()), violation.getMessage()));
        }
        if (found.isEmpty() && unparsed.isEmpty()) {
            for (Problem.Violation violation : projects.checkReferences(input, programme)) {
                found.add(new RowError(row, ProjectRowParser.column(violation.field()), violation.message()));
            }
        }
        found.stream().filter(error -> !unparsed.contains(error.column())).forEach(errors::add);
    }

    /** A decimal as the export writes it: without trailing zeros or an exponent. */
    private static String text(BigDecimal value) {
        return Decimals.plain(value).toPlainString();
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
