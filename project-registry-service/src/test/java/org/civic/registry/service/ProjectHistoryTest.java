package org.civic.registry.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.registry.api.IndicatorDto;
import org.civic.registry.api.Location;
import org.civic.registry.api.ProjectInput;
import org.civic.registry.entity.Indicator.Direction;
import org.civic.registry.entity.Project;
import org.junit.jupiter.api.Test;

/** Which fields a change touches, how each reads in the history, and which changes need a reason, without a server. */
class ProjectHistoryTest {

    static final UUID PROGRAMME = UUID.randomUUID();
    static final UUID LEAD = UUID.randomUUID();
    static final UUID CO = UUID.randomUUID();

    static IndicatorDto institutions(String target) {
        return new IndicatorDto(
                "institutions",
                "上线“医码通”的医疗卫生机构",
                "家",
                BigDecimal.ZERO,
                new BigDecimal(target),
                Direction.INCREASE,
                true);
    }

    static ProjectInput healthCard(
            String title,
            BigDecimal investment,
            LocalDate end,
            List<UUID> co,
            List<IndicatorDto> indicators,
            Project.State state) {
        return new ProjectInput(
                PROGRAMME,
                "JJ2022-01",
                title,
                null,
                " ",
                "SMART_INFRA",
                LEAD,
                co,
                List.of("350582"),
                investment,
                LocalDate.of(2022, 1, 1),
                end,
                null,
                state,
                indicators,
                null);
    }

    /** As the registry holds it (mapper.toInput of the entity): stripped, blanks as null. */
    static final ProjectInput BEFORE = new ProjectInput(
            PROGRAMME,
            "JJ2022-01",
            "电子健康卡(医码通)项目二期",
            null,
            null,
            "SMART_INFRA",
            LEAD,
            List.of(CO),
            List.of("350582"),
            new BigDecimal("1200000.00"),
            LocalDate.of(2022, 1, 1),
            LocalDate.of(2022, 12, 31),
            null,
            Project.State.ACTIVE,
            List.of(institutions("20")),
            null);

    @Test
    void anUnchangedInputTouchesNothingEvenWithOtherSpellingsOfTheSameValues() {
        ProjectInput same = healthCard(
                " 电子健康卡(医码通)项目二期 ",
                new BigDecimal("1200000"),
                LocalDate.of(2022, 12, 31),
                List.of(CO, CO),
                List.of(institutions("20.0")),
                null);
        assertEquals(
                Map.of(),
                ProjectHistory.diff(BEFORE, same),
                "trailing zeros, blanks, duplicates and no state are no change");
    }

    @Test
    void eachChangedFieldReadsAsTextOldAndNew() {
        ProjectInput after = healthCard(
                "电子健康卡(医码通)项目二期",
                new BigDecimal("1500000.50"),
                LocalDate.of(2023, 6, 30),
                List.of(),
                List.of(institutions("20")),
                Project.State.ACTIVE);
        Map<String, String[]> diff = ProjectHistory.diff(BEFORE, after);
        assertEquals(List.of("coDepartmentIds", "plannedInvestment", "plannedEnd"), List.copyOf(diff.keySet()));
        assertArrayEquals(new String[] {"1200000", "1500000.5"}, diff.get("plannedInvestment"));
        assertArrayEquals(new String[] {"2022-12-31", "2023-06-30"}, diff.get("plannedEnd"));
        assertArrayEquals(
                new String[] {CO.toString(), null}, diff.get("coDepartmentIds"), "an empty set reads as none");
    }

    @Test
    void indicatorsChangePerKeyAndAttribute() {
        IndicatorDto decreasing = new IndicatorDto(
                "institutions", "上线“医码通”的医疗卫生机构", "家", BigDecimal.ZERO, new BigDecimal("25"), Direction.DECREASE, true);
        IndicatorDto added =
                new IndicatorDto("hospitals", "二级以上公立医院", "家", null, new BigDecimal("8"), Direction.INCREASE, true);
        Map<String, String[]> diff = ProjectHistory.diff(
                BEFORE,
                healthCard(
                        BEFORE.title(),
                        BEFORE.plannedInvestment(),
                        BEFORE.plannedEnd(),
                        BEFORE.coDepartmentIds(),
                        List.of(decreasing, added),
                        null));
        assertArrayEquals(new String[] {"20", "25"}, diff.get("indicators.institutions.target"));
        assertArrayEquals(
                new String[] {
                    "上线“医码通”的医疗卫生机构 (家, INCREASE, cumulative true)", "上线“医码通”的医疗卫生机构 (家, DECREASE, cumulative true)"
                },
                diff.get("indicators.institutions.definition"));
        assertArrayEquals(
                new String[] {null, "二级以上公立医院: 0 → 8 家"},
                diff.get("indicators.hospitals"),
                "a new indicator reads whole, a missing baseline as 0");
        assertFalse(diff.containsKey("indicators.institutions.baseline"));
        assertTrue(ProjectHistory.touchesIndicators(diff));
    }

    @Test
    void aLocationReadsAsCoordinatesAndAddress() {
        ProjectInput located = new ProjectInput(
                PROGRAMME,
                "JJ2022-01",
                BEFORE.title(),
                null,
                null,
                "SMART_INFRA",
                LEAD,
                List.of(CO),
                List.of("350582"),
                BEFORE.plannedInvestment(),
                BEFORE.plannedStart(),
                BEFORE.plannedEnd(),
                new Location(new BigDecimal("24.781000"), new BigDecimal("118.552"), "晋江市医院"),
                null,
                BEFORE.indicators(),
                null);
        assertArrayEquals(
                new String[] {null, "24.781,118.552 晋江市医院"},
                ProjectHistory.diff(BEFORE, located).get("location"));
    }

    @Test
    void onlyChangesToThePromiseNeedAReason() {
        Map<String, String[]> wording =
                Map.of("title", new String[] {"a", "b"}, "districtCodes", new String[] {"x", "y"});
        assertEquals(List.of(), ProjectHistory.needingReason(wording));
        assertDoesNotThrow(() -> ProjectHistory.requireReason(wording, null));

        Map<String, String[]> promise = new LinkedHashMap<>();
        promise.put("plannedEnd", new String[] {"2022-12-31", "2023-06-30"});
        promise.put("indicators.institutions.target", new String[] {"20", "25"});
        assertEquals(List.of("plannedEnd", "indicators.institutions.target"), ProjectHistory.needingReason(promise));
        ProblemException refused =
                assertThrows(ProblemException.class, () -> ProjectHistory.requireReason(promise, null));
        assertEquals("reason", refused.problem().getViolations().get(0).field());
        assertDoesNotThrow(() -> ProjectHistory.requireReason(promise, "省里调整了建设周期"));
    }
}
