package org.civic.progress.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A programme's figures at a series of dates (the ends of each month or quarter from {@code from} to {@code to}, and
 * {@code to} itself), each point what the summary says as of that date, for a trend chart in one call.
 */
@Schema(
        description = "A programme's figures over dates: one point per period end from `from` to `to` (and `to` "
                + "itself), each the summary's counts as of that date.")
public record ProgrammeSeries(
        UUID programmeId,

        @Schema(maxLength = 500, examples = "晋江市2022年为民办实事项目")
        String title,

        LocalDate from,
        LocalDate to,
        Step step,
        List<Point> points,
        Labels labels) {

    /** How far apart the points are: the last day of each month, or of each quarter. */
    public enum Step {
        MONTH,
        QUARTER
    }

    @Schema(
            name = "ProgrammeSeriesPoint",
            description = "The figures as of one date (as GET /programmes/{programmeId}/summary?asOf= counts them).")
    public record Point(
            LocalDate asOf,
            @Schema(minimum = "0") int projects,
            @Schema(minimum = "0") int cancelled,

            @Schema(description = "Projects per phase code; labels in labels.phases.")
            Map<String, Integer> byPhase,

            @Schema(description = "Projects per health code; labels in labels.health.")
            Map<String, Integer> byHealth,

            @Schema(description = "Projects per completion class; labels in labels.completionClasses.")
            Map<String, Integer> byCompletionClass,

            @Schema(description = "Mean completion, 0–100; null without projects.", nullable = true)
            BigDecimal averageCompletionPercent,

            @Schema(minimum = "0") int indicators,
            @Schema(minimum = "0") int indicatorsMet,

            @Schema(description = "How many projects were delayed.", minimum = "0")
            int delayed,

            @Schema(description = "How many projects were past their planned end below 100 %.", minimum = "0")
            int overdue) {

        public static Point of(ProgrammeSummary summary) {
            return new Point(
                    summary.asOf(),
                    summary.projects(),
                    summary.cancelled(),
                    summary.byPhase(),
                    summary.byHealth(),
                    summary.byCompletionClass(),
                    summary.averageCompletionPercent(),
                    summary.indicators(),
                    summary.indicatorsMet(),
                    summary.byHealth().get(ProjectStatus.Health.DELAYED.name()),
                    summary.overdueProjects());
        }
    }
}
