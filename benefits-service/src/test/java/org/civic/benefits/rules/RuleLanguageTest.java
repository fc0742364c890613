package org.civic.benefits.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.civic.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The rule language without a server: region containment, Kleene logic, facts as of a date. */
class RuleLanguageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    @Test
    void regionsContainTheirSubRegionsByCodePrefix() {
        assertEquals("3505", Regions.significantPrefix("350500"));
        assertEquals("35", Regions.significantPrefix("350000"));
        assertEquals("350582", Regions.significantPrefix("350582"));
        assertEquals("350582101", Regions.significantPrefix("350582101000"));
        assertTrue(Regions.within("350582", "350500"));
        assertTrue(Regions.within("350500", "350500"));
        assertTrue(Regions.within("350582101000", "350000"));
        assertTrue(Regions.within("110101", "110000"));
        assertFalse(Regions.within("350203", "350500"));
        assertFalse(Regions.within("350500", "350582"));
    }

    @Test
    void truthTablesAreKleenes() {
        assertEquals(Truth.NOT_MET, Truth.UNKNOWN.and(Truth.NOT_MET));
        assertEquals(Truth.UNKNOWN, Truth.UNKNOWN.and(Truth.MET));
        assertEquals(Truth.MET, Truth.UNKNOWN.or(Truth.MET));
        assertEquals(Truth.UNKNOWN, Truth.UNKNOWN.or(Truth.NOT_MET));
        assertEquals(Truth.UNKNOWN, Truth.UNKNOWN.not());
        assertEquals(Outcome.UNDETERMINED, Outcome.of(Truth.UNKNOWN));
    }

    @Test
    void missingFactsAreOnlyThoseThatCouldChangeTheAnswer() throws Exception {
        Rule rule = rule("""
                {"all": [
                  {"any": [
                    {"fact": "age", "op": "gte", "value": 80, "explanation": {"zh": "80岁以上", "en": "80 or older"}},
                    {"fact": "householdStatus", "op": "in", "value": ["DIBAO", "TEKUN"], "explanation": {"zh": "低保或特困", "en": "dibao or tekun"}}
                  ]},
                  {"fact": "residenceRegion", "op": "withinRegion", "value": "350500", "explanation": {"zh": "居住在泉州", "en": "lives in Quanzhou"}}
                ]}""");
        Evaluation nothingKnown = rule.evaluate(Facts.asOf(DAY, List.of()));
        assertEquals(Outcome.UNDETERMINED, nothingKnown.outcome());
        assertEquals(List.of("birthDate", "householdStatus", "residenceRegion"), nothingKnown.missingFacts());

        Evaluation old = rule.evaluate(Facts.asOf(DAY, List.of(recorded(FactType.BIRTH_DATE, "1940-01-01"))));
        assertEquals(List.of("residenceRegion"), old.missingFacts(), "the household no longer matters");

        Evaluation elsewhere = rule.evaluate(Facts.asOf(DAY, List.of(recorded(FactType.RESIDENCE_REGION, "350203"))));
        assertEquals(Outcome.INELIGIBLE, elsewhere.outcome());
        assertEquals(List.of(), elsewhere.missingFacts());
        assertEquals(
                List.of("criteria.all[0].any[0]", "criteria.all[0].any[1]", "criteria.all[1]"),
                elsewhere.conditions().stream().map(ConditionResult::path).toList());
    }

    @Test
    void multiValuedFactsHoldAllValidValuesAndSingleValuedTheLatest() {
        Facts facts = Facts.asOf(
                DAY,
                List.of(
                        new Facts.Recorded(
                                FactType.HONOUR, "BLOOD_DONATION_SILVER", LocalDate.of(2020, 1, 1), null, null),
                        new Facts.Recorded(
                                FactType.HONOUR, "BLOOD_DONATION_GOLD", LocalDate.of(2024, 1, 1), null, null),
                        new Facts.Recorded(FactType.HONOUR, "HSC_DONATION_AWARD", LocalDate.of(2026, 1, 1), null, null),
                        new Facts.Recorded(FactType.RESIDENCE_REGION, "350502", LocalDate.of(2010, 1, 1), null, null),
                        new Facts.Recorded(FactType.RESIDENCE_REGION, "350582", LocalDate.of(2024, 3, 1), null, null),
                        new Facts.Recorded(FactType.CARD, "NONE", null, null, null),
                        new Facts.Recorded(FactType.BIRTH_DATE, "2019-06-02", null, null, null)));
        assertEquals(
                List.of("BLOOD_DONATION_GOLD", "BLOOD_DONATION_SILVER"),
                facts.values(FactType.HONOUR).orElseThrow());
        assertEquals(List.of("350582"), facts.values(FactType.RESIDENCE_REGION).orElseThrow());
        assertEquals(List.of(), facts.values(FactType.CARD).orElseThrow(), "NONE: known to hold none");
        assertEquals(List.of("5"), facts.values(FactType.AGE).orElseThrow(), "one day before the sixth birthday");
        assertTrue(facts.values(FactType.SEX).isEmpty());
    }

    @Test
    void storedRulesParseWithoutCheckingBenefitCodesButNewOnesDo() throws Exception {
        JsonNode criteria = JSON.readTree(
                "{\"fact\": \"card\", \"op\": \"exists\", \"explanation\": {\"zh\": \"持卡\", \"en\": \"card\"}}");
        JsonNode perBenefit = JSON.readTree("{\"GONE\": " + criteria + "}");
        Rule.parse(criteria, perBenefit, null);
        ProblemException refused =
                assertThrows(ProblemException.class, () -> Rule.parse(criteria, perBenefit, Set.of("KEPT")));
        assertEquals(
                "benefitCriteria.GONE", refused.problem().getViolations().get(0).field());
    }

    private static Rule rule(String criteria) throws Exception {
        return Rule.parse(JSON.readTree(criteria), null, Set.of());
    }

    private static Facts.Recorded recorded(FactType type, String value) {
        return new Facts.Recorded(type, value, null, null, null);
    }
}
