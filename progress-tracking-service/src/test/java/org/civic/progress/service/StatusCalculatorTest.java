package org.civic.progress.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.civic.progress.config.CompletionCutoffs;
import org.civic.progress.config.HealthRules;
import org.civic.progress.config.ScheduleLights;
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

    /** The defaults of progress.completion: 完成 at 100 %, 基本完成 at 90 %. */
    static final CompletionCutoffs DEFAULT_CUTOFFS = cutoffs(100, 90);

    /** 银川's lights, the default of progress.bulletin.scale. */
    static final ScheduleLights YINCHUAN_LIGHTS = () -> List.of("GREEN", "YELLOW>=10", "RED>30");

    final StatusCalculator calculator = new StatusCalculator(DEFAULT_RULES, DEFAULT_CUTOFFS, YINCHUAN_LIGHTS);

    static CompletionCutoffs cutoffs(int completed, int basicallyCompleted) {
        return new CompletionCutoffs() {
            @Override
            public int completedAtPercent() {
                return completed;
            }

            @Override
            public int basicallyCompletedAtPercent() {
                return basicallyCompleted;
            }
        };
    }

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

    @Test
    void theCompletionClassFollowsTheLadderOrTheCutOffs() {
        // 泉州 2020 stated its results as 35 完成 and 1 基本完成: the class stands next to the uncapped rate.
        RegistryProject school = project(YEAR_START, YEAR_END, "ACTIVE", increase("places", "3000", true));
        LocalDate yearEnd = LocalDate.of(2024, 12, 31);
        assertEquals(
                ProjectStatus.CompletionClass.COMPLETED,
                calculator
                        .status(school, List.of(milestone("COMPLETED", null, yearEnd)), null, Map.of(), yearEnd)
                        .completionClass());
        assertEquals(
                ProjectStatus.CompletionClass.BASICALLY_COMPLETED,
                calculator
                        .status(
                                school,
                                List.of(milestone("BASICALLY_COMPLETED", null, yearEnd)),
                                report(yearEnd, "40"),
                                Map.of(),
                                yearEnd)
                        .completionClass(),
                "the 基本完成 milestone counts whatever the percent");
        ProjectStatus overAchieved = calculator.status(
                school,
                List.of(),
                null,
                Map.of("places", new IndicatorValue(new BigDecimal("4734"), yearEnd, new BigDecimal("4734"))),
                yearEnd);
        assertEquals(new BigDecimal("157.8"), overAchieved.indicators().get(0).achievementRate());
        assertEquals(ProjectStatus.CompletionClass.COMPLETED, overAchieved.completionClass());
        assertEquals(
                ProjectStatus.CompletionClass.BASICALLY_COMPLETED,
                calculator
                        .status(school, List.of(), report(yearEnd, "90"), Map.of(), yearEnd)
                        .completionClass(),
                "exactly at the cut-off is 基本完成");
        assertEquals(
                ProjectStatus.CompletionClass.NOT_COMPLETED,
                calculator
                        .status(school, List.of(), report(yearEnd, "89.9"), Map.of(), yearEnd)
                        .completionClass());
        StatusCalculator stricter = new StatusCalculator(DEFAULT_RULES, cutoffs(100, 95), YINCHUAN_LIGHTS);
        assertEquals(
                ProjectStatus.CompletionClass.NOT_COMPLETED,
                stricter.status(school, List.of(), report(yearEnd, "90"), Map.of(), yearEnd)
                        .completionClass(),
                "the cut-offs are configuration");
        assertThrows(
                IllegalArgumentException.class,
                () -> new StatusCalculator(DEFAULT_RULES, cutoffs(90, 95), YINCHUAN_LIGHTS));
    }

    @Test
    void theScheduleGapIsElapsedTimeMinusCompletionAndItsLightFollowsYinchuansScale() {
        RegistryProject road = project(YEAR_START, YEAR_END, "ACTIVE");
        LocalDate midYear = LocalDate.of(2024, 7, 1); // 182 of 365 days: 49.9 % of the planned time
        ProjectStatus behind = calculator.status(road, List.of(), report(midYear, "18.9"), Map.of(), midYear);
        assertEquals(new BigDecimal("49.9"), behind.elapsedPercent());
        assertEquals(new BigDecimal("31"), behind.scheduleGapPoints());
        assertEquals("RED", behind.light());
        assertEquals(
                "YELLOW",
                calculator
                        .status(road, List.of(), report(midYear, "19.9"), Map.of(), midYear)
                        .light(),
                "30 points behind is still yellow");
        assertEquals(
                "YELLOW",
                calculator
                        .status(road, List.of(), report(midYear, "39.9"), Map.of(), midYear)
                        .light(),
                "10 points behind is yellow");
        assertEquals(
                "GREEN",
                calculator
                        .status(road, List.of(), report(midYear, "40"), Map.of(), midYear)
                        .light());
        ProjectStatus ahead = calculator.status(road, List.of(), report(midYear, "70"), Map.of(), midYear);
        assertEquals(new BigDecimal("-20.1"), ahead.scheduleGapPoints());
        RegistryProject undated = project(null, null, "ACTIVE");
        ProjectStatus noDates = calculator.status(undated, List.of(), report(midYear, "10"), Map.of(), midYear);
        assertNull(noDates.scheduleGapPoints());
        assertNull(noDates.light());
    }

    @Test
    void aFiveColourScaleLikeDazusIsConfiguration() {
        LightScale dazu = LightScale.parse(List.of("BLUE", "GREEN>=0", "YELLOW>=10", "ORANGE>=20", "RED>30"));
        assertEquals(List.of("BLUE", "GREEN", "YELLOW", "ORANGE", "RED"), dazu.colours());
        assertEquals("BLUE", dazu.light(new BigDecimal("-0.1")));
        assertEquals("GREEN", dazu.light(BigDecimal.ZERO));
        assertEquals("YELLOW", dazu.light(new BigDecimal("19.9")));
        assertEquals("ORANGE", dazu.light(new BigDecimal("30")));
        assertEquals("RED", dazu.light(new BigDecimal("30.1")));
        assertEquals("RED", dazu.worst());
    }

    @Test
    void aBadScaleIsRefusedNamingEveryBadEntry() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> LightScale.parse(List.of("green", "YELLOW=10", "RED>30", "AMBER>20", "RED>40")));
        assertEquals(
                "progress.bulletin.scale: scale[0]: 'green' is not a colour (A-Z, _); scale[1]: 'YELLOW=10' is not "
                        + "COLOUR>=points or COLOUR>points; scale[3]: 20 is below the bound before it; scale[4]: colour "
                        + "RED appears twice",
                refused.getMessage());
    }
}
