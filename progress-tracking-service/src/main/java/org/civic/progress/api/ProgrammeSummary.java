package org.civic.progress.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A programme on {@code asOf}: how many projects stand at each phase and health, breakdowns by domain and
 * lead department and district, planned investment, overall achievement, and the delayed and overdue projects. {@code announcedProjects}
 * is the count the city announced; {@code projectsNotInRegistry} those the registry does not hold.
 */
public record ProgrammeSummary(UUID programmeId, String title, LocalDate asOf, int projects, int cancelled,
                               Integer announcedProjects, Integer projectsNotInRegistry,
                               Map<String, Integer> byPhase, Map<String, Integer> byHealth,
                               List<Breakdown> byDomain, List<Breakdown> byDepartment, List<Breakdown> byDistrict,
                               BigDecimal averageCompletionPercent, int indicators, int indicatorsMet,
                               BigDecimal plannedInvestment, List<Listed> delayed, List<Listed> overdue) {

    /** A group of projects; a project covering several districts counts in each of them. */
    public record Breakdown(String key, int projects, int delivered, int delayed, BigDecimal averageCompletionPercent,
                            BigDecimal plannedInvestment) {
    }

    public record Listed(UUID projectId, String code, String title, String phase, List<ProjectStatus.Reason> reasons) {
    }
}
