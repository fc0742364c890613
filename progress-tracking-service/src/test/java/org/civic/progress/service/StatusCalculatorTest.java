package org.civic.progress.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.progress.api.ProjectStatus;
import org.civic.progress.api.ProjectStatus.Health;
import org.civic.progress.api.ProjectStatus.Reason;
import org.civic.progress.client.RegistryProject;
import org.civic.progress.client.RegistryProject.Indicator;
import org.civic.progress.config.HealthRules;
import org.civic.progress.entity.Milestone;
import org.civic.progress.repository.FigureRepository.IndicatorValue;
import org.civic.progress.repository.FigureRepository.LatestReport;
import org.junit.jupiter.api.Test;

/** Phase, completion, achievement and health from plain values, without a server (the README's health rules). */
class StatusCalculatorTest {

    /** The defaults of progress.health: 15 points of margin, a report every 92 days. */
    static final HealthRules DEFAULT_RULES = new HealthRules() {
        @Override
        public int behindMarginPoints() {
            return 15;
        }

        @Override
        public int reportingPeriodDays() {
            return 92;
        }
    };

    final StatusCalculator calculator = new StatusCalculator(DEFAULT_RULES);
    static final LocalDate YEAR_START = LocalDate.of(2024, 1, 1);
    static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

    static RegistryProject project(LocalDate start, LocalDate end, String state, Indicator... indicators) {
        return new RegistryProject(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "XX2024-01",
                "新建停车泊位",
                "LIVABILITY",
                UUID.randomUUID(),
                List.of("410700"),
                null,
                start,
                end,
                state,
                List.of(indicators));
    }

    static Indicator increase(String key, String target, boolean cumulative) {
        return new Indicator(key, key, "个", BigDecimal.ZERO, new BigDecimal(target), "INCREASE", cumulative);
    }

    static Milestone milestone(String code, LocalDate planned, LocalDate actual) {
        Milestone milestone = new Milestone();
        milestone.code = code;
        milestone.plannedDate = planned;
        milestone.actualDate = actual;
        return milestone;
    }

    static LatestReport report(LocalDate asOf, String percent) {
        return new LatestReport(UUID.randomUUID(), asOf, percent == null ? null : new BigDecimal(percent));
    }

    static List<String> reasons(ProjectStatus status) {
        return status.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void achievementIsNotCappedSoOverAchievementShows() {
        // 新乡 2024: 4,734 parking spaces against a target of 3,000.
        RegistryProject parking = project(YEAR_START, YEAR_END, "ACTIVE", increase("spaces", "3000", true));
        ProjectStatus status = calculator.status(
                parking,
                List.of(),
                report(LocalDate.of(2024, 11, 30), null),
                Map.of(
                        "spaces",
                        new IndicatorValue(new BigDecimal("4734"), LocalDate.of(2024, 11, 30), new BigDecimal("9000"))),
                LocalDate.of(2024, 12, 1));
        assertEquals(new BigDecimal("157.8"), status.indicators().get(0).achievementRate());
        assertEquals(
                new BigDecimal("4734"),
                status.indicators().get(0).actual(),
                "a cumulative indicator reads its latest value");
        assertEquals(new BigDecimal("100"), status.completionPercent(), "completion is capped at 100 %");
    }

    @Test
    void aNonCumulativeIndicatorAddsItsReportedAmounts() {
        RegistryProject trainings = project(YEAR_START, YEAR_END, "ACTIVE", increase("sessions", "30", false));
        ProjectStatus status = calculator.status(
                trainings,
                List.of(),
                null,
                Map.of(
                        "sessions",
                        new IndicatorValue(new BigDecimal("4"), LocalDate.of(2024, 6, 30), new BigDecimal("10"))),
                LocalDate.of(2024, 7, 1));
        assertEquals(new BigDecimal("10"), status.indicators().get(0).actual());
        assertEquals(new BigDecimal("33.3"), status.indicators().get(0).achievementRate(), "one decimal, half up");
        assertEquals(
                new BigDecimal("33.3"),
                status.completionPercent(),
                "without a reported percent: the mean indicator rate");
    }

    @Test
    void aDecreasingIndicatorCountsTheDistanceCoveredFromItsBaseline() {
        Indicator waitingDays =
                new Indicator("waiting", "平均等候天数", "天", new BigDecimal("100"), new BigDecimal("60"), "DECREASE", true);
        assertEquals(new BigDecimal("75.0"), StatusCalculator.rate(waitingDays, new BigDecimal("70")));
        assertEquals(new BigDecimal("125.0"), StatusCalculator.rate(waitingDays, new BigDecimal("50")));
        Indicator promisesNothing =
                new Indicator("waiting", "平均等候天数", "天", new BigDecimal("60"), new BigDecimal("60"), "DECREASE", true);
        assertNull(
                StatusCalculator.rate(promisesNothing, new BigDecimal("50")), "a target at the baseline has no rate");
    }

    @Test
    void aZeroOrMissingTargetOrValueHasNoRate() {
        assertNull(StatusCalculator.rate(increase("x", "0", true), new BigDecimal("5")));
        assertNull(StatusCalculator.rate(increase("x", "10", true), null));
        assertNull(StatusCalculator.rate(new Indicator("x", "x", "个", null, null, "INCREASE", true), BigDecimal.ONE));
        assertEquals(new BigDecimal("66.7"), StatusCalculator.rate(increase("x", "3", true), new BigDecimal("2")));
    }

    @Test
    void aMilestoneMetOnTheAsOfDateCountsAndOnePlannedForThatDayIsNotYetMissed() {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        RegistryProject canteen = project(LocalDate.of(2024, 3, 1), YEAR_END, "ACTIVE");
        ProjectStatus status = calculator.status(
                canteen,
                List.of(milestone("STARTED", asOf, asOf), milestone("STRUCTURE_DONE", asOf, null)),
                report(asOf, "10"),
                Map.of(),
                asOf);
        assertEquals("STARTED", status.phase());
        assertEquals("开工", status.phaseName());
        assertEquals(Health.ON_TRACK, status.health());

        ProjectStatus dayAfter = calculator.status(
                canteen,
                List.of(milestone("STARTED", asOf, asOf), milestone("STRUCTURE_DONE", asOf, null)),
                report(asOf, "10"),
                Map.of(),
                asOf.plusDays(1));
        assertEquals(Health.DELAYED, dayAfter.health());
        assertEquals(List.of("MILESTONE_MISSED"), reasons(dayAfter));
        ProjectStatus dayBefore = calculator.status(
                canteen, List.of(milestone("STARTED", asOf, asOf)), null, Map.of(), asOf.minusDays(1));
        assertEquals("NOT_STARTED", dayBefore.phase(), "a milestone met later is not met yet");
    }

    @Test
    void aProjectPastItsEndIsOverdueOnlyFromTheDayAfter() {
        RegistryProject late = project(YEAR_START, LocalDate.of(2024, 10, 31), "ACTIVE");
        ProjectStatus onTheDay = calculator.status(
                late, List.of(), report(LocalDate.of(2024, 10, 31), "80"), Map.of(), LocalDate.of(2024, 10, 31));
        assertFalse(onTheDay.overdue());
        ProjectStatus after = calculator.status(
                late, List.of(), report(LocalDate.of(2024, 10, 31), "80"), Map.of(), LocalDate.of(2024, 11, 1));
        assertTrue(after.overdue());
        assertEquals(Health.DELAYED, after.health());
        assertEquals(List.of("OVERDUE"), reasons(after));
    }

    @Test
    void completionTrailingElapsedTimeByMoreThanTheMarginIsAtRisk() {
        RegistryProject road = project(YEAR_START, YEAR_END, "ACTIVE");
        LocalDate midYear = LocalDate.of(2024, 7, 1); // 182 of 365 days: 49.9 % of the planned time
        ProjectStatus behind = calculator.status(road, List.of(), report(midYear, "34.8"), Map.of(), midYear);
        assertEquals(Health.AT_RISK, behind.health());
        assertEquals(List.of("BEHIND_SCHEDULE"), reasons(behind));
        ProjectStatus withinMargin = calculator.status(road, List.of(), report(midYear, "34.9"), Map.of(), midYear);
        assertEquals(Health.ON_TRACK, withinMargin.health(), "exactly 15 points behind is within the margin");
    }

    @Test
    void aStartedProjectWithoutARecentApprovedReportIsAtRisk() {
        RegistryProject quiet = project(YEAR_START, YEAR_END, "ACTIVE");
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        ProjectStatus never = calculator.status(quiet, List.of(), null, Map.of(), asOf);
        assertTrue(reasons(never).contains("NO_RECENT_REPORT"));
        ProjectStatus stale = calculator.status(quiet, List.of(), report(asOf.minusDays(93), "60"), Map.of(), asOf);
        assertEquals(List.of("NO_RECENT_REPORT"), reasons(stale));
        ProjectStatus recent = calculator.status(quiet, List.of(), report(asOf.minusDays(92), "60"), Map.of(), asOf);
        assertEquals(Health.ON_TRACK, recent.health(), "a report exactly one period old is recent enough");
    }

    @Test
    void aDeliveredProjectIsCompleteAndOnTrackEvenWithoutReports() {
        RegistryProject delivered = project(YEAR_START, LocalDate.of(2024, 6, 30), "ACTIVE");
        ProjectStatus status = calculator.status(
                delivered,
                List.of(milestone("COMPLETED", LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 20))),
                null,
                Map.of(),
                LocalDate.of(2024, 12, 31));
        assertEquals("COMPLETED", status.phase());
        assertEquals(new BigDecimal("100"), status.completionPercent());
        assertEquals(Health.ON_TRACK, status.health());
        assertFalse(status.overdue());
    }

    @Test
    void aCancelledProjectHasNoHealthAndIsNeverOverdue() {
        RegistryProject cancelled = project(YEAR_START, LocalDate.of(2024, 3, 31), "CANCELLED");
        ProjectStatus status = calculator.status(cancelled, List.of(), null, Map.of(), LocalDate.of(2024, 12, 31));
        assertTrue(status.cancelled());
        assertNull(status.health());
        assertFalse(status.overdue());
        assertTrue(status.reasons().isEmpty());
    }
}
