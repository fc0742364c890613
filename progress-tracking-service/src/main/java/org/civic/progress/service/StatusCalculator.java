package org.civic.progress.service;

import static org.civic.common.web.Decimals.plain;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civic.progress.api.Labels;
import org.civic.progress.api.ProjectStatus;
import org.civic.progress.api.ProjectStatus.Health;
import org.civic.progress.api.ProjectStatus.IndicatorFigure;
import org.civic.progress.api.ProjectStatus.Reason;
import org.civic.progress.client.RegistryProject;
import org.civic.progress.config.CompletionCutoffs;
import org.civic.progress.config.HealthRules;
import org.civic.progress.config.ScheduleLights;
import org.civic.progress.entity.Ladder;
import org.civic.progress.entity.Milestone;
import org.civic.progress.repository.FigureRepository.IndicatorValue;
import org.civic.progress.repository.FigureRepository.LatestReport;

/**
 * Derives a project's figures from its plan (registry), its milestones and its approved figures, as of
 * a date. Pure: everything it needs is passed in, so one programme's figures come from bulk reads.
 */
@ApplicationScoped
public class StatusCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final HealthRules rules;
    private final CompletionCutoffs cutoffs;
    private final LightScale lights;

    public StatusCalculator(HealthRules rules, CompletionCutoffs cutoffs, ScheduleLights lights) {
        if (cutoffs.basicallyCompletedAtPercent() > cutoffs.completedAtPercent()) {
            throw new IllegalArgumentException("progress.completion.basically-completed-at-percent ("
                    + cutoffs.basicallyCompletedAtPercent() + ") is above completed-at-percent ("
                    + cutoffs.completedAtPercent() + ")");
        }
        this.rules = rules;
        this.cutoffs = cutoffs;
        this.lights = LightScale.parse(lights.scale());
    }

    /** The light scale in force (its text is part of every figure's ETag). */
    public LightScale lights() {
        return lights;
    }

    /** What the cut-offs and the scale are, for the ETags of answers made with them. */
    public String rulesKey() {
        return cutoffs.completedAtPercent() + "/" + cutoffs.basicallyCompletedAtPercent() + "/" + lights;
    }

    public ProjectStatus status(
            RegistryProject project,
            List<Milestone> milestones,
            LatestReport latest,
            Map<String, IndicatorValue> values,
            LocalDate asOf) {
        Optional<Ladder> phase = milestones.stream()
                .filter(m -> m.metBy(asOf))
                .map(m -> Ladder.of(m.code))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        List<IndicatorFigure> indicators = project.indicators() == null
                ? List.of()
                : project.indicators().stream()
                        .map(i -> figure(i, values.get(i.key())))
                        .toList();
        boolean delivered = phase.map(Ladder::delivered).orElse(false);
        BigDecimal completion = completion(latest, delivered, indicators);
        boolean overdue = !project.cancelled()
                && !delivered
                && completion.compareTo(HUNDRED) < 0
                && project.plannedEnd() != null
                && project.plannedEnd().isBefore(asOf);

        List<Reason> reasons = new ArrayList<>();
        Health health = null;
        BigDecimal elapsed = elapsedPercent(project, asOf);
        BigDecimal gap = null;
        ProjectStatus.CompletionClass completionClass = null;
        if (!project.cancelled()) {
            health = delivered
                    ? Health.ON_TRACK
                    : health(project, milestones, latest, completion, elapsed, overdue, asOf, reasons);
            gap = elapsed == null ? null : plain(elapsed.subtract(completion));
            completionClass = completionClass(phase.orElse(null), completion);
        }
        return new ProjectStatus(
                project.id(),
                project.programmeId(),
                project.code(),
                project.title(),
                project.domainCode(),
                project.leadDepartmentId(),
                asOf,
                project.cancelled(),
                phase.map(Ladder::name).orElse(ProjectStatus.NOT_STARTED),
                phase.map(l -> l.nameZh)
                        .orElse(Labels.STANDARD
                                .phases()
                                .get(ProjectStatus.NOT_STARTED)
                                .zh()),
                completion,
                completionClass,
                elapsed,
                gap,
                lights.light(gap),
                health,
                reasons,
                indicators,
                latest == null ? null : new ProjectStatus.LatestReport(latest.reportId(), latest.asOf()),
                overdue);
    }

    private Health health(
            RegistryProject project,
            List<Milestone> milestones,
            LatestReport latest,
            BigDecimal completion,
            BigDecimal elapsed,
            boolean overdue,
            LocalDate asOf,
            List<Reason> reasons) {
        milestones.stream()
                .filter(m -> m.missedBy(asOf))
                .forEach(m -> reasons.add(new Reason(
                        ProjectStatus.MILESTONE_MISSED,
                        "milestone " + m.code + " was planned for " + m.plannedDate + " and is not met")));
        if (overdue) {
            reasons.add(new Reason(
                    ProjectStatus.OVERDUE,
                    "planned to end on " + project.plannedEnd() + ", " + completion + " % complete"));
        }
        if (!reasons.isEmpty()) {
            return Health.DELAYED;
        }
        if (elapsed != null
                && elapsed.subtract(completion).compareTo(BigDecimal.valueOf(rules.behindMarginPoints())) > 0) {
            reasons.add(new Reason(
                    ProjectStatus.BEHIND_SCHEDULE,
                    completion + " % complete after " + elapsed + " % of the planned time (margin "
                            + rules.behindMarginPoints() + " points)"));
        }
        LocalDate start = project.plannedStart();
        LocalDate reportDue = asOf.minusDays(rules.reportingPeriodDays());
        if (start != null
                && start.isBefore(reportDue)
                && (latest == null || latest.asOf().isBefore(reportDue))) {
            reasons.add(new Reason(
                    ProjectStatus.NO_RECENT_REPORT,
                    "no approved report since " + reportDue
                            + (latest == null ? "" : " (latest for " + latest.asOf() + ")")));
        }
        return reasons.isEmpty() ? Health.ON_TRACK : Health.AT_RISK;
    }

    /**
     * The elapsed share of the planned time on {@code asOf} in percent, one decimal, 0–100 (序时进度); null without
     * planned dates or when the planned end is not after the start.
     */
    static BigDecimal elapsedPercent(RegistryProject project, LocalDate asOf) {
        LocalDate start = project.plannedStart();
        LocalDate end = project.plannedEnd();
        if (start == null || end == null || !end.isAfter(start)) {
            return null;
        }
        long planned = ChronoUnit.DAYS.between(start, end);
        long elapsed = Math.max(0, Math.min(ChronoUnit.DAYS.between(start, asOf), planned));
        return plain(BigDecimal.valueOf(elapsed)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(planned), 1, RoundingMode.HALF_UP));
    }

    /** 完成 once COMPLETED is met or at the cut-off, 基本完成 once BASICALLY_COMPLETED is met or at its cut-off. */
    ProjectStatus.CompletionClass completionClass(Ladder phase, BigDecimal completion) {
        if ((phase != null && phase.delivered())
                || completion.compareTo(BigDecimal.valueOf(cutoffs.completedAtPercent())) >= 0) {
            return ProjectStatus.CompletionClass.COMPLETED;
        }
        if ((phase != null && phase.ordinal() >= Ladder.BASICALLY_COMPLETED.ordinal())
                || completion.compareTo(BigDecimal.valueOf(cutoffs.basicallyCompletedAtPercent())) >= 0) {
            return ProjectStatus.CompletionClass.BASICALLY_COMPLETED;
        }
        return ProjectStatus.CompletionClass.NOT_COMPLETED;
    }

    private static IndicatorFigure figure(RegistryProject.Indicator indicator, IndicatorValue value) {
        BigDecimal actual = value == null ? null : indicator.cumulative() ? value.latest() : value.total();
        return new IndicatorFigure(
                indicator.key(),
                indicator.name(),
                indicator.unit(),
                indicator.baseline(),
                indicator.target(),
                indicator.direction(),
                indicator.cumulative(),
                plain(actual),
                value == null ? null : value.latestAsOf(),
                rate(indicator, actual));
    }

    /** Achievement in percent, one decimal, not capped: 4734 against 3000 is 157.8. */
    static BigDecimal rate(RegistryProject.Indicator indicator, BigDecimal actual) {
        if (actual == null || indicator.target() == null) {
            return null;
        }
        BigDecimal baseline = indicator.baseline() == null ? BigDecimal.ZERO : indicator.baseline();
        if ("DECREASE".equals(indicator.direction())) {
            BigDecimal promised = baseline.subtract(indicator.target());
            return promised.signum() <= 0
                    ? null
                    : baseline.subtract(actual).multiply(HUNDRED).divide(promised, 1, RoundingMode.HALF_UP);
        }
        return indicator.target().signum() == 0
                ? null
                : actual.multiply(HUNDRED).divide(indicator.target(), 1, RoundingMode.HALF_UP);
    }

    /** The reported percent when there is one, else the mean of the capped indicator rates; always 0–100. */
    private static BigDecimal completion(LatestReport latest, boolean delivered, List<IndicatorFigure> indicators) {
        BigDecimal percent;
        if (latest != null && latest.percentComplete() != null) {
            percent = latest.percentComplete();
        } else if (delivered) {
            percent = HUNDRED;
        } else {
            List<BigDecimal> rates = indicators.stream()
                    .map(IndicatorFigure::achievementRate)
                    .filter(Objects::nonNull)
                    .map(r -> r.min(HUNDRED).max(BigDecimal.ZERO))
                    .toList();
            percent = rates.isEmpty()
                    ? BigDecimal.ZERO
                    : rates.stream()
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(rates.size()), 1, RoundingMode.HALF_UP);
        }
        return plain(percent.min(HUNDRED).max(BigDecimal.ZERO));
    }
}
