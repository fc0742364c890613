package org.civic.benefits;

import static org.civic.benefits.BenefitsFixtures.benefit;
import static org.civic.benefits.BenefitsFixtures.bloodDonors;
import static org.civic.benefits.BenefitsFixtures.citizen;
import static org.civic.benefits.BenefitsFixtures.condition;
import static org.civic.benefits.BenefitsFixtures.fact;
import static org.civic.benefits.BenefitsFixtures.json;
import static org.civic.benefits.BenefitsFixtures.reading;
import static org.civic.benefits.BenefitsFixtures.rule;
import static org.civic.benefits.BenefitsFixtures.text;
import static org.civic.benefits.BenefitsFixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The test profile evaluates at most 7 candidates per call, so paging also crosses partial pages. */
@QuarkusTest
class BatchEligibilityTest {

    @Inject
    EntityManager entityManager;

    @Test
    void pagesThroughEligibleCitizensWhoHaveNotUsedTheBenefitExactlyOnce() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        Set<String> eligible = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            eligible.add(citizen(donors.donorFacts()));
        }
        for (int i = 0; i < 3; i++) {
            citizen(List.of(
                    fact("honour", "NONE", null),
                    fact("card", donors.card(), null),
                    fact("residenceRegion", "350502", null)));
            citizen(List.of(fact("honour", "BLOOD_DONATION_GOLD", null), fact("card", donors.card(), null)));
        }
        List<String> checkedUp = List.of(citizen(donors.donorFacts()), citizen(donors.donorFacts()));
        for (String donor : checkedUp) {
            json().body(RedemptionTest.redemption(donors.healthCheck(), "COMMUNITY_HEALTH_CENTRE", null))
                    .when()
                    .post("/citizens/" + donor + "/redemptions")
                    .then()
                    .statusCode(201);
        }
        String visitedMuseum = citizen(donors.donorFacts());
        json().body(RedemptionTest.redemption(donors.museum(), "GOV_MUSEUM_CULTURE", null))
                .when()
                .post("/citizens/" + visitedMuseum + "/redemptions")
                .then()
                .statusCode(201);

        // The programme as a whole: nobody who used any of its benefits.
        assertEquals(eligible, all(Map.of("programmeCode", donors.code())));
        // The yearly health check: whoever has it left this year, museum visitor included.
        Set<String> withHealthCheckLeft = new HashSet<>(eligible);
        withHealthCheckLeft.add(visitedMuseum);
        assertEquals(
                withHealthCheckLeft, all(Map.of("programmeCode", donors.code(), "benefitCode", donors.healthCheck())));
        // Next year the quota is fresh again.
        Set<String> nextYear = new HashSet<>(withHealthCheckLeft);
        nextYear.addAll(checkedUp);
        int year = LocalDate.now().getYear() + 1;
        assertEquals(
                nextYear,
                all(Map.of(
                        "programmeCode", donors.code(), "benefitCode", donors.healthCheck(), "asOf", year + "-02-01")));

        String someone = eligible.iterator().next();
        assertTrue(((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM access_log WHERE citizen_id = CAST(:id AS uuid)"
                                                + " AND action = 'BATCH_ELIGIBILITY'")
                                .setParameter("id", someone)
                                .getSingleResult())
                        .longValue()
                >= 3);
    }

    @Test
    void negationIsDecidedExactlyEvenWhereSqlCannotNarrow() {
        String code = unique("XX-NOT-");
        String card = unique("CARD_");
        json().body(Map.of(
                        "code",
                        code,
                        "name",
                        text("测试", "test"),
                        "issuingAgencies",
                        List.of("测试"),
                        "regionCode",
                        "350500",
                        "legalBasis",
                        Map.of("title", "测试"),
                        "effectiveFrom",
                        "2020-01-01",
                        "benefits",
                        List.of(benefit(unique("B_"), "测试", "IN_KIND", List.of("RED_CROSS"), null))))
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(201);
        json().body(rule(
                        "2020-01-01",
                        Map.of(
                                "all",
                                List.of(
                                        condition("card", "eq", card, "持卡"),
                                        Map.of("not", condition("householdStatus", "eq", "DIBAO", "非低保")))),
                        null))
                .when()
                .post("/benefit-programmes/" + code + "/rules")
                .then()
                .statusCode(201);
        Set<String> expected = Set.of(
                citizen(List.of(fact("card", card, null), fact("householdStatus", "NONE", null))),
                citizen(List.of(fact("card", card, null), fact("householdStatus", "LOW_INCOME", null))));
        citizen(List.of(fact("card", card, null), fact("householdStatus", "DIBAO", null)));
        citizen(List.of(fact("card", card, null)));
        assertEquals(expected, all(Map.of("programmeCode", code)));
    }

    @Test
    void ageConditionsNarrowByBirthDateWithoutLosingTheBoundaries() {
        String code = unique("XX-AGE-");
        String card = unique("CARD_");
        json().body(Map.of(
                        "code",
                        code,
                        "name",
                        text("测试", "test"),
                        "issuingAgencies",
                        List.of("测试"),
                        "regionCode",
                        "350500",
                        "legalBasis",
                        Map.of("title", "测试"),
                        "effectiveFrom",
                        "2020-01-01",
                        "benefits",
                        List.of(benefit(unique("B_"), "测试", "CASH", List.of("CIVIL_AFFAIRS_SERVICE"), null))))
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(201);
        json().body(rule(
                        "2020-01-01",
                        Map.of(
                                "all",
                                List.of(
                                        condition("card", "eq", card, "持卡"),
                                        condition("age", "gte", 60, "60岁以上"),
                                        condition("age", "lte", 79, "80岁以下"),
                                        Map.of(
                                                "any",
                                                List.of(
                                                        condition("age", "eq", 60, "60岁"),
                                                        condition("age", "eq", 79, "79岁"),
                                                        condition("householdStatus", "eq", "DIBAO", "低保"))))),
                        null))
                .when()
                .post("/benefit-programmes/" + code + "/rules")
                .then()
                .statusCode(201);
        Set<String> expected = Set.of(
                citizen(List.of(fact("card", card, null), fact("birthDate", "1966-06-15", null))),
                citizen(List.of(fact("card", card, null), fact("birthDate", "1946-06-16", null))),
                citizen(List.of(
                        fact("card", card, null),
                        fact("birthDate", "1956-01-01", null),
                        fact("householdStatus", "DIBAO", null))));
        citizen(List.of(fact("card", card, null), fact("birthDate", "1966-06-16", null)));
        citizen(List.of(fact("card", card, null), fact("birthDate", "1946-06-15", null)));
        citizen(List.of(fact("card", card, null), fact("birthDate", "1956-01-01", null)));
        citizen(List.of(fact("card", card, null)));
        assertEquals(expected, all(Map.of("programmeCode", code, "asOf", "2026-06-15")));
    }

    @Test
    void badBatchRequestsNameTheField() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String batch = "/eligibility/batch";
        reading()
                .body(Map.of("programmeCode", "NO-SUCH"))
                .when()
                .post(batch)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("programmeCode"));
        reading()
                .body(Map.of("programmeCode", donors.code(), "benefitCode", "OTHER_BENEFIT"))
                .when()
                .post(batch)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("benefitCode"));
        reading()
                .body(Map.of("programmeCode", donors.code(), "cursor", "!!"))
                .when()
                .post(batch)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        reading()
                .body(Map.of("programmeCode", donors.code(), "size", 0))
                .when()
                .post(batch)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("size"));
        json().body(Map.of("programmeCode", donors.code()))
                .when()
                .post(batch)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("X-Purpose"));
        reading()
                .body(Map.of("programmeCode", donors.code(), "asOf", "2024-06-01"))
                .when()
                .post(batch)
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:civic:problem:no-rule-in-force"));
    }

    /** Every citizen id over all pages, checking that no page repeats one. */
    private static Set<String> all(Map<String, Object> request) {
        Set<String> ids = new HashSet<>();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int calls = 0;
        do {
            Map<String, Object> body = new HashMap<>(request);
            body.put("size", 5);
            if (cursor != null) {
                body.put("cursor", cursor);
            }
            JsonPath page = reading()
                    .body(body)
                    .when()
                    .post("/eligibility/batch")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> found = page.getList("citizenIds");
            assertTrue(found.size() <= 5);
            seen.addAll(found);
            ids.addAll(found);
            cursor = page.getString("nextCursor");
            assertTrue(++calls < 100, "paging does not end");
        } while (cursor != null);
        assertEquals(seen.size(), ids.size(), "a citizen appeared on two pages");
        return ids;
    }
}
