package org.civic.progress.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.common.web.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A programme on {@code asOf}: how many projects stand at each phase and health, breakdowns by domain and
 * lead department and district with their names, planned investment, overall achievement, and the delayed and overdue
 * projects, with the labels of every code it uses. {@code announcedProjects} is the count the city announced;
 * {@code projectsNotInRegistry} those the registry does not hold.
 */
@Schema(
        description = "A programme's figures as of a date, ready for a chart: counts by phase and health, breakdowns "
                + "with names, planned investment (money strings), achievement, the delayed and overdue projects, and the "
                + "labels of every code.")
public record ProgrammeSummary(
        UUID programmeId,

        @Schema(maxLength = 500, examples = "晋江市2022年为民办实事项目")
        String title,

        LocalDate asOf,

        @Schema(description = "Projects that count (not cancelled).", minimum = "0")
        int projects,

        @Schema(minimum = "0") int cancelled,

        @Schema(description = "How many projects the city announced; null when it did not say.", nullable = true)
        Integer announcedProjects,

        @Schema(
                description = "Announced projects the registry does not hold; null when none were announced.",
                nullable = true)
        Integer projectsNotInRegistry,

        @Schema(
                description = "Projects per phase code (every code present, zeros included); labels in labels.phases.",
                examples = "{\"NOT_STARTED\": 0, \"APPROVED\": 0, \"STARTED\": 2, \"STRUCTURE_DONE\": 0, "
                        + "\"BASICALLY_COMPLETED\": 2, \"COMPLETED\": 6, \"ACCEPTED\": 0, \"IN_OPERATION\": 0}")
        Map<String, Integer> byPhase,

        @Schema(
                description = "Projects per health code (every code present); labels in labels.health.",
                examples = "{\"ON_TRACK\": 10, \"AT_RISK\": 0, \"DELAYED\": 0}")
        Map<String, Integer> byHealth,

        @Schema(
                description = "Projects per completion class (every class present); labels in "
                        + "labels.completionClasses. 晋江 2022 at the end of October: 6 完成, 2 基本完成.",
                examples = "{\"COMPLETED\": 6, \"BASICALLY_COMPLETED\": 2, \"NOT_COMPLETED\": 2}")
        Map<String, Integer> byCompletionClass,

        @Schema(
                description = "Projects per schedule light, every colour of the configured scale present (银川's "
                        + "GREEN, YELLOW, RED by default); projects without planned dates have no light.",
                examples = "{\"GREEN\": 10, \"YELLOW\": 0, \"RED\": 0}")
        Map<String, Integer> byLight,

        List<Breakdown> byDomain,
        List<Breakdown> byDepartment,
        List<Breakdown> byDistrict,

        @Schema(
                description = "Mean completion of the projects, 0–100, one decimal; null without projects.",
                nullable = true)
        BigDecimal averageCompletionPercent,

        @Schema(minimum = "0") int indicators,

        @Schema(description = "Indicators at or above 100 % of their target.", minimum = "0")
        int indicatorsMet,

        @Schema(
                description = Money.DESCRIPTION + " Sum over the projects that state one.",
                pattern = Money.PATTERN,
                examples = "145000000.00",
                nullable = true)
        String plannedInvestment,

        @Schema(
                description = "The delayed projects (byHealth.DELAYED counts them all), by code: at most listedAtMost.",
                maxItems = ProgrammeSummary.LISTED_AT_MOST)
        List<Listed> delayed,

        @Schema(
                description = "The projects past their planned end and not delivered (overdueProjects counts them "
                        + "all), by code: at most listedAtMost.",
                maxItems = ProgrammeSummary.LISTED_AT_MOST)
        List<Listed> overdue,

        @Schema(description = "How many projects are overdue.", minimum = "0")
        int overdueProjects,

        @Schema(
                description = "How many projects delayed and overdue each list at most; the counts say how many there"
                        + " are, and GET /status?programmeId= answers every project.",
                examples = "100")
        int listedAtMost,

        @Schema(description = "督办 notices of the programme as they stand, counted for asOf.")
        Notices notices,

        Labels labels) {

    /** A list longer than this would make a province's dashboard megabytes long (docs/benchmarks.md). */
    public static final int LISTED_AT_MOST = 100;

    @Schema(
            description =
                    "督办 notices issued by asOf and not closed by then; overdue: waiting for a reply past the due date.")
    public record Notices(
            @Schema(minimum = "0", examples = "3") int open,
            @Schema(minimum = "0", examples = "1") int overdue) {}

    /** A group of projects; a project covering several districts counts in each of them. */
    @Schema(description = "A group of projects (a domain, a lead department or a district) with its name.")
    public record Breakdown(
            @Schema(
                    description = "The domain code, the department's id or the district's region code; (none) for "
                            + "projects without a district.",
                    maxLength = 64,
                    examples = "350582")
            String key,

            @Schema(
                    description = "The group's name from the registry; null when it could not be read.",
                    nullable = true)
            Label name,

            @Schema(minimum = "0") int projects,

            @Schema(description = "Projects completed or beyond.", minimum = "0")
            int delivered,

            @Schema(minimum = "0") int delayed,

            @Schema(description = "Mean completion of the group's projects, 0–100.")
            BigDecimal averageCompletionPercent,

            @Schema(description = Money.DESCRIPTION, pattern = Money.PATTERN, examples = "30000000.00", nullable = true)
            String plannedInvestment) {}

    @Schema(description = "A delayed or overdue project, with why.")
    public record Listed(
            UUID projectId,
            @Schema(maxLength = 64, examples = "JJ2022-07") String code,
            @Schema(maxLength = 500, examples = "长者食堂") String title,

            @Schema(description = "Its phase code (labels.phases).", maxLength = 64)
            String phase,

            List<ProjectStatus.Reason> reasons) {}
}
