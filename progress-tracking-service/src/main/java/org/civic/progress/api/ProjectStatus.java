package org.civic.progress.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project's figures as the city could state them on {@code asOf}. {@code achievementRate} is
 * actual ÷ target in percent and is not capped (157.8 is a real result); {@code completionPercent} is.
 */
public record ProjectStatus(UUID projectId, UUID programmeId, String code, String title, String domainCode,
                            UUID leadDepartmentId, LocalDate asOf, boolean cancelled, String phase, String phaseName,
                            BigDecimal completionPercent, Health health, List<Reason> reasons,
                            List<IndicatorFigure> indicators, LatestReport latestApprovedReport, boolean overdue) {

    public enum Health { ON_TRACK, AT_RISK, DELAYED }

    public record Reason(String code, String detail) {
    }

    public record IndicatorFigure(String key, String name, String unit, BigDecimal baseline, BigDecimal target,
                                  String direction, boolean cumulative, BigDecimal actual, LocalDate actualAsOf,
                                  BigDecimal achievementRate) {
    }

    public record LatestReport(UUID id, LocalDate asOf) {
    }
}
