package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.registry.api.ImportReport;
import org.civic.registry.api.ImportReport.RowError;
import org.civic.registry.api.IndicatorDto;
import org.civic.registry.api.Location;
import org.civic.registry.api.ProjectInput;
import org.civic.registry.entity.Department;
import org.civic.registry.entity.Indicator;
import org.civic.registry.entity.Programme;
import org.civic.registry.entity.Project;
import org.civic.registry.io.ProjectTable;
import org.civic.registry.repository.DepartmentRepository;
import org.civic.registry.repository.ProjectRepository;

/**
 * Import and export of a programme's project list. An import is checked whole before anything is
 * written, then applied in one transaction: all rows or none. Rows update projects with the same code.
 */
@ApplicationScoped
public class ProjectExchangeService {

    /** API field (first path segment) → spreadsheet column, to report errors where the user can see them. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(
            Map.entry("code", "code"), Map.entry("title", "title"), Map.entry("titleEn", "title_en"),
            Map.entry("description", "description"), Map.entry("domainCode", "domain"),
            Map.entry("leadDepartmentId", "lead_department"), Map.entry("coDepartmentIds", "co_departments"),
            Map.entry("districtCodes", "districts"), Map.entry("plannedInvestment", "planned_investment"),
            Map.entry("plannedStart", "planned_start"), Map.entry("plannedEnd", "planned_end"),
            Map.entry("state", "state"), Map.entry("location", "latitude"), Map.entry("indicators", "indicators"),
            Map.entry("reason", "reason"));

    private final ProjectService projects;
    private final ProgrammeService programmes;
    private final ProjectRepository projectRepository;
    private final DepartmentRepository departments;
    private final Validator validator;

    public ProjectExchangeService(ProjectService projects, ProgrammeService programmes,
                                  ProjectRepository projectRepository, DepartmentRepository departments,
                                  Validator validator) {
        this.projects = projects;
        this.programmes = programmes;
        this.projectRepository = projectRepository;
        this.departments = departments;
        this.validator = validator;
    }

    @Transactional
    public ImportReport importProjects(UUID programmeId, byte[] content, String mediaType, boolean dryRun,
                                       String reason, String actor) {
        Programme programme = programmes.get(programmeId);
        if (programme.state == Programme.State.CLOSED) {
            throw ProblemException.conflict("programme-closed", "Programme " + programmeId + " is closed.");
        }
        List<ProjectTable.Line> lines = ProjectTable.read(content, mediaType);
        Map<String, Project> existing = projectRepository.byCode(programmeId);
        Map<String, Department> departmentsByCode = departments.listAll().stream()
                .collect(Collectors.toMap(d -> d.code, d -> d));
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> seenCodes = new HashMap<>();
        List<ProjectInput> creates = new ArrayList<>();
        Map<Project, ProjectInput> updates = new LinkedHashMap<>();
        int unchanged = 0;
        for (ProjectTable.Line line : lines) {
            List<RowError> rowErrors = new ArrayList<>();
            ProjectInput input = toInput(line, programmeId, departmentsByCode, reason, rowErrors);
            validate(input, programme, line.number(), rowErrors);
            if (input.code() != null) {
                Integer first = seenCodes.putIfAbsent(input.code(), line.number());
                if (first != null) {
                    rowErrors.add(new RowError(line.number(), "code", "code " + input.code() + " already used in row " + first));
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
                    Map<String, String[]> changes = projects.changes(project, input);
                    if (changes.isEmpty()) {
                        unchanged++;
                    } else if (project.state == Project.State.CANCELLED || input.state() == Project.State.CANCELLED) {
                        rowErrors.add(new RowError(line.number(), "state",
                                "cancelled projects cannot change, and projects are cancelled with POST /projects/{id}/cancel"));
                    } else if (reason == null && !projects.needingReason(changes).isEmpty()) {
                        rowErrors.add(new RowError(line.number(), column(projects.needingReason(changes).get(0)),
                                "changing " + String.join(", ", projects.needingReason(changes))
                                        + " needs a reason: import with ?reason=…"));
                    } else {
                        updates.put(project, input);
                    }
                }
            }
            errors.addAll(rowErrors);
        }
        if (!errors.isEmpty() || dryRun) {
            ImportReport report = new ImportReport(dryRun, false, lines.size(), creates.size(), updates.size(),
                    unchanged, errors);
            if (!dryRun) {
                throw new ProblemException(new Problem("import-invalid", "Import rejected", 422, errors.size()
                        + " error(s) in the file; nothing was imported.")).with("errors", errors);
            }
            return report;
        }
        creates.forEach(input -> projects.create(input, actor));
        updates.forEach((project, input) -> projects.apply(project, input, actor, true));
        projectRepository.flush();
        return new ImportReport(false, true, lines.size(), creates.size(), updates.size(), unchanged, List.of());
    }

    public List<Map<String, String>> exportRows(UUID programmeId) {
        programmes.get(programmeId);
        List<Project> list = projectRepository.ofProgramme(programmeId);
        Set<UUID> ids = new java.util.HashSet<>();
        list.forEach(p -> {
            ids.add(p.leadDepartmentId);
            ids.addAll(p.coDepartmentIds);
        });
        Map<UUID, Department> byId = departments.byIds(ids);
        return list.stream().map(p -> toRow(p, byId)).toList();
    }

    private Map<String, String> toRow(Project p, Map<UUID, Department> departmentsById) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("code", p.code);
        row.put("title", p.title);
        row.put("title_en", orBlank(p.titleEn));
        row.put("description", orBlank(p.description));
        row.put("domain", p.domainCode);
        row.put("lead_department", departmentsById.get(p.leadDepartmentId).code);
        row.put("co_departments", p.coDepartmentIds.stream().map(id -> departmentsById.get(id).code)
                .collect(Collectors.joining(";")));
        row.put("districts", String.join(";", p.districtCodes));
        row.put("planned_investment", p.plannedInvestment == null ? "" : p.plannedInvestment.toPlainString());
        row.put("planned_start", p.plannedStart == null ? "" : p.plannedStart.toString());
        row.put("planned_end", p.plannedEnd == null ? "" : p.plannedEnd.toString());
        row.put("state", p.state.name());
        row.put("latitude", p.latitude == null ? "" : p.latitude.toPlainString());
        row.put("longitude", p.longitude == null ? "" : p.longitude.toPlainString());
        row.put("address", orBlank(p.address));
        row.put("indicators", p.indicators.stream().map(i -> String.join("|", i.key, i.name, i.unit,
                plain(i.baseline), plain(i.target), i.direction.name(), Boolean.toString(i.cumulative)))
                .collect(Collectors.joining(";")));
        return row;
    }

    private ProjectInput toInput(ProjectTable.Line line, UUID programmeId, Map<String, Department> departmentsByCode,
                                 String reason, List<RowError> errors) {
        int row = line.number();
        Department lead = line.get("lead_department") == null ? null : departmentsByCode.get(line.get("lead_department"));
        if (line.get("lead_department") != null && lead == null) {
            errors.add(new RowError(row, "lead_department", "unknown department code " + line.get("lead_department")));
        }
        List<UUID> coDepartments = new ArrayList<>();
        for (String code : split(line.get("co_departments"), ";")) {
            Department department = departmentsByCode.get(code);
            if (department == null) {
                errors.add(new RowError(row, "co_departments", "unknown department code " + code));
            } else {
                coDepartments.add(department.id);
            }
        }
        BigDecimal investment = decimal(line, "planned_investment", errors);
        LocalDate start = date(line, "planned_start", errors);
        LocalDate end = date(line, "planned_end", errors);
        BigDecimal lat = decimal(line, "latitude", errors);
        BigDecimal lng = decimal(line, "longitude", errors);
        Project.State state = null;
        if (line.get("state") != null) {
            try {
                state = Project.State.valueOf(line.get("state").toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row, "state", "must be one of " + Arrays.toString(Project.State.values())));
            }
        }
        List<IndicatorDto> indicators = indicators(line, errors);
        Location location = lat == null && lng == null && line.get("address") == null ? null
                : new Location(lat, lng, line.get("address"));
        return new ProjectInput(programmeId, line.get("code"), line.get("title"), line.get("title_en"),
                line.get("description"), line.get("domain"), lead == null ? null : lead.id, coDepartments,
                split(line.get("districts"), ";"), investment, start, end, location, state, indicators, reason);
    }

    /** Adds Bean Validation and reference errors, except on columns that already failed to parse. */
    private void validate(ProjectInput input, Programme programme, int row, List<RowError> errors) {
        Set<String> unparsed = errors.stream().map(RowError::column).collect(Collectors.toSet());
        List<RowError> found = new ArrayList<>();
        for (ConstraintViolation<ProjectInput> violation : validator.validate(input)) {
            found.add(new RowError(row, column(violation.getPropertyPath().toString()), violation.getMessage()));
        }
        if (found.isEmpty() && unparsed.isEmpty()) {
            for (Problem.Violation violation : projects.checkReferences(input, programme)) {
                found.add(new RowError(row, column(violation.field()), violation.message()));
            }
        }
        found.stream().filter(error -> !unparsed.contains(error.column())).forEach(errors::add);
    }

    private static List<IndicatorDto> indicators(ProjectTable.Line line, List<RowError> errors) {
        List<IndicatorDto> indicators = new ArrayList<>();
        for (String entry : split(line.get("indicators"), ";")) {
            String[] parts = entry.split("\\|", -1);
            if (parts.length != 7) {
                errors.add(new RowError(line.number(), "indicators", "'" + entry
                        + "' must be key|name|unit|baseline|target|INCREASE or DECREASE|true or false"));
                continue;
            }
            try {
                String cumulative = parts[6].strip().toLowerCase();
                if (!cumulative.equals("true") && !cumulative.equals("false")) {
                    throw new IllegalArgumentException("cumulative must be true or false");
                }
                indicators.add(new IndicatorDto(parts[0].strip(), parts[1].strip(), parts[2].strip(),
                        parts[3].isBlank() ? BigDecimal.ZERO : new BigDecimal(parts[3].strip()),
                        new BigDecimal(parts[4].strip()), Indicator.Direction.valueOf(parts[5].strip().toUpperCase()),
                        Boolean.parseBoolean(cumulative)));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(line.number(), "indicators", "'" + entry
                        + "': baseline and target must be numbers, direction INCREASE or DECREASE, cumulative true or false"));
            }
        }
        return indicators;
    }

    private static BigDecimal decimal(ProjectTable.Line line, String column, List<RowError> errors) {
        String value = line.get(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(new RowError(line.number(), column, "'" + value + "' is not a number"));
            return null;
        }
    }

    private static LocalDate date(ProjectTable.Line line, String column, List<RowError> errors) {
        String value = line.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(line.number(), column, "'" + value + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static String column(String field) {
        String first = field.split("[.\\[]", 2)[0];
        return COLUMN_OF.getOrDefault(first, first);
    }

    private static List<String> split(String value, String separator) {
        if (value == null) {
            return new ArrayList<>();
        }
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
