package org.civic.benefits;

import static org.civic.benefits.BenefitsFixtures.bloodDonors;
import static org.civic.benefits.BenefitsFixtures.citizen;
import static org.civic.benefits.BenefitsFixtures.condition;
import static org.civic.benefits.BenefitsFixtures.fact;
import static org.civic.benefits.BenefitsFixtures.json;
import static org.civic.benefits.BenefitsFixtures.reading;
import static org.civic.benefits.BenefitsFixtures.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecheckTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aRuleChangeRecheckListsExactlyTheCitizensWhoseOutcomeChanged() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String unchanged = donor(donors, "BLOOD_DONATION_GOLD", "350502");
        String losesSilver = donor(donors, "BLOOD_DONATION_SILVER", "350502");
        String gainsXiamen = donor(donors, "BLOOD_DONATION_GOLD", "350203");
        String staysOut = donor(donors, "BLOOD_DONATION_SILVER", "350203");
        // Other tests' citizens share the database and are re-checked too; of this test's four, exactly two change.
        List<String> ours = List.of(unchanged, losesSilver, gainsXiamen, staysOut);
        String recheck = "/benefit-programmes/" + donors.code() + "/rules/2/recheck";
        // Version 2: gold and lifetime honours only, but anywhere in 福建省.
        json().body(rule(
                        "2026-01-01",
                        Map.of(
                                "all",
                                List.of(
                                        condition(
                                                "honour",
                                                "in",
                                                List.of("BLOOD_DONATION_GOLD", "BLOOD_DONATION_LIFETIME_HONOUR"),
                                                "获得金奖或终身荣誉奖"),
                                        condition("card", "eq", donors.card(), "持有无偿献血荣誉卡"),
                                        condition("residenceRegion", "withinRegion", "350000", "居住在福建省"))),
                        null))
                .when()
                .post("/benefit-programmes/" + donors.code() + "/rules")
                .then()
                .statusCode(201);

        Map<String, String> changes = runToTheEnd(recheck);
        changes.keySet().retainAll(ours);
        assertEquals(Map.of(losesSilver, "LOST_ELIGIBILITY", gainsXiamen, "BECAME_ELIGIBLE"), changes);
        assertEquals(2L, recorded(donors.code(), ours));
        // Run again: the same answer, nothing recorded twice.
        Map<String, String> again = runToTheEnd(recheck);
        again.keySet().retainAll(ours);
        assertEquals(changes, again);
        assertEquals(2L, recorded(donors.code(), ours));
        assertEquals(false, changes.containsKey(unchanged));

        reading()
                .body(Map.of())
                .when()
                .post("/benefit-programmes/" + donors.code() + "/rules/1/recheck")
                .then()
                .statusCode(422);
        json().body(Map.of()).when().post(recheck).then().statusCode(400);
    }

    private static String donor(BenefitsFixtures.BloodDonors donors, String honour, String region) {
        return citizen(List.of(
                fact("honour", honour, "2024-06-14"),
                fact("card", donors.card(), "2025-01-01"),
                fact("residenceRegion", region, null)));
    }

    /** Calls the re-check batch by batch until the cursor runs out; returns citizen → change. */
    private static Map<String, String> runToTheEnd(String recheck) {
        Map<String, String> changes = new HashMap<>();
        String cursor = null;
        for (int call = 0; call < 200; call++) {
            Map<String, Object> body = new HashMap<>(Map.of("size", 1000));
            if (cursor != null) {
                body.put("cursor", cursor);
            }
            JsonPath page = reading()
                    .body(body)
                    .when()
                    .post(recheck)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, String>> found = page.getList("changes");
            found.forEach(change -> changes.put(change.get("citizenId"), change.get("change")));
            cursor = page.getString("nextCursor");
            if (cursor == null) {
                return changes;
            }
        }
        throw new AssertionError("the re-check did not end within 200 batches");
    }

    private long recorded(String programme, List<String> citizens) {
        return ((Number) entityManager
                        .createNativeQuery("""
                                SELECT count(*) FROM recheck_change r JOIN benefit_programme p ON p.id = r.programme_id
                                WHERE p.code = :code AND r.rule_version = 2
                                  AND CAST(r.citizen_id AS text) IN (:citizens)""")
                        .setParameter("code", programme)
                        .setParameter("citizens", citizens)
                        .getSingleResult())
                .longValue();
    }
}
