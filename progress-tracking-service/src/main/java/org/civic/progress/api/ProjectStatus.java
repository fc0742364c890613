package org.civic.progress.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project's figures as the city could state them on {@code asOf}. {@code achievementRate} is
 * actual ÷ target in percent and is not capped (157.8 is a real result); {@code completionPercent} is.
 */
public record ProjectStatus(
        UUID projectId,
        UUID programmeId,
        String code,
        String title,
        String domainCode,
        UUID leadDepartmentId,
        LocalDate asOf,
        boolean cancelled,
        String phase,
        String phaseName,
        BigDecimal completionPercent,

        @Schema(
                description = "完成 / 基本完成 / 未完成 by the configured cut-offs (progress.completion); null for a "
                        + "cancelled project.",
                nullable = true)
        CompletionClass completionClass,

        @Schema(
                description = "The elapsed share of the planned time, 0–100, one decimal; null without planned dates.",
                nullable = true,
                examples = "83.3")
        BigDecimal elapsedPercent,

        @Schema(
                description = "序时进度 gap: elapsedPercent − completionPercent in points (negative: ahead of time); "
                        + "null without planned dates or when cancelled.",
                nullable = true,
                examples = "-16.7")
        BigDecimal scheduleGapPoints,

        @Schema(
                description = "The light of the gap on the configured scale (progress.bulletin.scale; 银川's GREEN, "
                        + "YELLOW, RED by default); null without a gap.",
                nullable = true,
                maxLength = 20,
                examples = "GREEN")
        String light,

        @Schema(description = "Schedule health; null for a cancelled project.", nullable = true)
        Health health,

        List<Reason> reasons,
        List<IndicatorFigure> indicators,
        LatestReport latestApprovedReport,
        boolean overdue) {

    /** The completion classes the cities state results in (泉州 2020: 35 完成, 1 基本完成). */
    public enum CompletionClass {
        COMPLETED("完成", "Completed"),
        BASICALLY_COMPLETED("基本完成", "Basically completed"),
        NOT_COMPLETED("未完成", "Not completed");

        public final String nameZh;
        public final String nameEn;

        CompletionClass(String nameZh, String nameEn) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }
    }

    public enum Health {
        ON_TRACK,
        AT_RISK,
        DELAYED
    }

    /** The phase of a project with no ladder milestone met. */
    public static final String NOT_STARTED = "NOT_STARTED";
    /** Reason codes: a planned milestone date passed unmet; the planned end passed below 100 %. */
    public static final String MILESTONE_MISSED = "MILESTONE_MISSED";

    public static final String OVERDUE = "OVERDUE";
    /** Reason codes: completion trails the elapsed time; no approved report for a reporting period. */
    public static final String BEHIND_SCHEDULE = "BEHIND_SCHEDULE";

    public static final String NO_RECENT_REPORT = "NO_RECENT_REPORT";

    public record Reason(String code, String detail) {}

    public record IndicatorFigure(
            String key,
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            String direction,
            boolean cumulative,
            BigDecimal actual,
            LocalDate actualAsOf,
            BigDecimal achievementRate) {}

    public record LatestReport(UUID id, LocalDate asOf) {}
}
