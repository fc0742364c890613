package org.civic.registry.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civic.registry.api.ImportReport.RowError;
import org.civic.registry.api.IndicatorDto;
import org.civic.registry.api.Location;
import org.civic.registry.api.ProjectInput;
import org.civic.registry.entity.Department;
import org.civic.registry.entity.Indicator;
import org.civic.registry.entity.Project;

/**
 * One row of an imported project list (CSV or XLSX, see {@link ProjectTable}) as a project's input: departments by
 * their codes, numbers with thousands separators, ISO dates, indicators as key|name|unit|baseline|target|direction|
 * cumulative. Every cell that cannot be read is a row error naming its column; the input then has null there.
 */
public final class ProjectRowParser {

    /** API field (first path segment) → spreadsheet column, to report errors where the user can see them. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(
            Map.entry("code", "code"),
            Map.entry("title", "title"),
            Map.entry("titleEn", "title_en"),
            Map.entry("description", "description"),
            Map.entry("domainCode", "domain"),
            Map.entry("leadDepartmentId", "lead_department"),
            Map.entry("coDepartmentIds", "co_departments"),
            Map.entry("districtCodes", "districts"),
            Map.entry("plannedInvestment", "planned_investment"),
            Map.entry("plannedStart", "planned_start"),
            Map.entry("plannedEnd", "planned_end"),
            Map.entry("state", "state"),
            Map.entry("location", "latitude"),
            Map.entry("indicators", "indicators"),
            Map.entry("reason", "reason"));

    private ProjectRowParser() {}

    public static ProjectInput parse(
            ProjectTable.Line line,
            UUID programmeId,
            Map<String, Department> departmentsByCode,
            String reason,
            List<RowError> errors) {
        int row = line.number();
        Department lead =
                line.get("lead_department") == null ? null : departmentsByCode.get(line.get("lead_department"));
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
        Location location = lat == null && lng == null && line.get("address") == null
                ? null
                : new Location(lat, lng, line.get("address"));
        return new ProjectInput(
                programmeId,
                line.get("code"),
                line.get("title"),
                line.get("title_en"),
                line.get("description"),
                line.get("domain"),
                lead == null ? null : lead.id,
                coDepartments,
                split(line.get("districts"), ";"),
                investment,
                start,
                end,
                location,
                state,
                indicators,
                reason);
    }

    private static List<IndicatorDto> indicators(ProjectTable.Line line, List<RowError> errors) {
        List<IndicatorDto> indicators = new ArrayList<>();
        for (String entry : split(line.get("indicators"), ";")) {
            String[] parts = entry.split("\\|", -1);
            if (parts.length != 7) {
                errors.add(new RowError(
                        line.number(),
                        "indicators",
                        "'" + entry + "' must be key|name|unit|baseline|target|INCREASE or DECREASE|true or false"));
                continue;
            }
            try {
                String cumulative = parts[6].strip().toLowerCase();
                if (!cumulative.equals("true") && !cumulative.equals("false")) {
                    throw new IllegalArgumentException("cumulative must be true or false");
                }
                indicators.add(new IndicatorDto(
                        parts[0].strip(),
                        parts[1].strip(),
                        parts[2].strip(),
                        parts[3].isBlank() ? BigDecimal.ZERO : new BigDecimal(parts[3].strip()),
                        new BigDecimal(parts[4].strip()),
                        Indicator.Direction.valueOf(parts[5].strip().toUpperCase()),
                        Boolean.parseBoolean(cumulative)));
            } catch (IllegalArgumentException e) {
                errors.add(
                        new RowError(
                                line.number(),
                                "indicators",
                                "'" + entry
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

    /** The spreadsheet column where an error about an API field (e.g. indicators[0].target) is shown. */
    public static String column(String field) {
        String first = field.split("[.\\[]", 2)[0];
        return COLUMN_OF.getOrDefault(first, first);
    }

    private static List<String> split(String value, String separator) {
        if (value == null) {
            return new ArrayList<>();
        }
        return Arrays.stream(value.split(separator))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
