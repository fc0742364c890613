package org.civic.benefits;

import static org.civic.benefits.BenefitsFixtures.bloodDonors;
import static org.civic.benefits.BenefitsFixtures.citizen;
import static org.civic.benefits.BenefitsFixtures.fact;
import static org.civic.benefits.BenefitsFixtures.json;
import static org.civic.benefits.BenefitsFixtures.reading;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FactLifeTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aCorrectedHonourCountsForThePastTooWhileKnownAtStillShowsWhatWasOnRecordThen() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        List<Map<String, Object>> facts = donors.donorFacts();
        facts.set(0, fact("honour", "BLOOD_DONATION_BRONZE", "2024-06-14"));
        String donor = citizen(facts);
        Instant beforeCorrection = Instant.now();
        assertOutcome(donor, donors, "2025-03-01", null, "INELIGIBLE");
        String honour = factId(donor, "honour");
        Map<String, Object> correction = Map.of(
                "value",
                "BLOOD_DONATION_GOLD",
                "source",
                "泉州市中心血站",
                "validFrom",
                "2024-06-14",
                "reason",
                "血站复核：应为金奖，误录为铜奖");

        json().body(correction).when().put(factUrl(donor, honour)).then().statusCode(428);
        json().header("If-Match", "\"7\"")
                .body(correction)
                .when()
                .put(factUrl(donor, honour))
                .then()
                .statusCode(412);
        json().header("If-Match", "\"0\"")
                .body(Map.of("value", "gold", "source", "血站", "reason", "typo"))
                .when()
                .put(factUrl(donor, honour))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("value"));
        json().header("If-Match", "\"0\"")
                .body(Map.of("value", "BLOOD_DONATION_GOLD", "source", "血站"))
                .when()
                .put(factUrl(donor, honour))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reason"));
        assertEquals(1L, revisions(honour), "refused corrections store nothing");
        given(Roles.DASHBOARD)
                .header("If-Match", "\"0\"")
                .body(correction)
                .when()
                .put(factUrl(donor, honour))
                .then()
                .statusCode(403);

        given(Roles.BENEFITS_OFFICER)
                .header("If-Match", "\"0\"")
                .body(correction)
                .when()
                .put(factUrl(donor, honour))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("value", equalTo("BLOOD_DONATION_GOLD"))
                .body("version", equalTo(1));

        assertOutcome(donor, donors, "2025-03-01", null, "ELIGIBLE");
        assertOutcome(donor, donors, "2025-03-01", beforeCorrection.toString(), "INELIGIBLE");
        reading()
                .when()
                .get(factUrl(donor, honour) + "/history")
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].change", equalTo("RECORDED"))
                .body("[0].before", nullValue())
                .body("[0].reason", nullValue())
                .body("[0].after.value", equalTo("BLOOD_DONATION_BRONZE"))
                .body("[1].change", equalTo("CORRECTED"))
                .body("[1].changedBy", equalTo("staff:officer-li"))
                .body("[1].reason", equalTo("血站复核：应为金奖，误录为铜奖"))
                .body("[1].before.value", equalTo("BLOOD_DONATION_BRONZE"))
                .body("[1].after.value", equalTo("BLOOD_DONATION_GOLD"));
        assertEquals(2L, revisions(honour), "nothing is deleted: both states are kept");
        reading()
                .when()
                .get("/citizens/" + donor + "/eligibility?knownAt=yesterday")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("knownAt"));
    }

    @Test
    void anEndedResidenceStillCountsUpToItsLastDayAndIsKept() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        String residence = factId(donor, "residenceRegion");
        Map<String, Object> ending = Map.of("validUntil", "2025-06-30", "reason", "户籍迁出泉州市");

        json().header("If-Match", "\"0\"")
                .body(Map.of("validUntil", "2025-06-30"))
                .when()
                .post(factUrl(donor, residence) + "/end")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reason"));
        json().header("If-Match", "\"0\"")
                .body(ending)
                .when()
                .post(factUrl(donor, residence) + "/end")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("validUntil", equalTo("2025-06-30"));

        assertOutcome(donor, donors, "2025-06-30", null, "ELIGIBLE");
        reading()
                .queryParam("asOf", "2025-07-01")
                .queryParam("programme", donors.code())
                .when()
                .get("/citizens/" + donor + "/eligibility")
                .then()
                .statusCode(200)
                .body("programmes[0].outcome", equalTo("UNDETERMINED"))
                .body("programmes[0].missingFacts", equalTo(List.of("residenceRegion")));
        json().body(fact("residenceRegion", "350203", "2025-07-01"))
                .when()
                .post("/citizens/" + donor + "/facts")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"");
        assertOutcome(donor, donors, "2025-07-01", null, "INELIGIBLE");
        assertOutcome(donor, donors, "2025-06-30", null, "ELIGIBLE");

        json().header("If-Match", "\"1\"")
                .body(Map.of("validUntil", "2025-07-31", "reason", "again"))
                .when()
                .post(factUrl(donor, residence) + "/end")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:civic:problem:fact-already-ended"));
        json().header("If-Match", "\"1\"")
                .body(Map.of("validUntil", "2025-05-31", "reason", "x"))
                .when()
                .post("/citizens/" + donor + "/facts/" + java.util.UUID.randomUUID() + "/end")
                .then()
                .statusCode(404);
        reading()
                .when()
                .get(factUrl(donor, residence) + "/history")
                .then()
                .statusCode(200)
                .body("[1].change", equalTo("ENDED"))
                .body("[1].before.validUntil", nullValue())
                .body("[1].after.validUntil", equalTo("2025-06-30"))
                .body("[1].reason", equalTo("户籍迁出泉州市"));
        reading()
                .when()
                .get("/citizens/" + donor + "/facts")
                .then()
                .statusCode(200)
                .body("findAll { it.type == 'residenceRegion' }", hasSize(2));
    }

    private static io.restassured.specification.RequestSpecification given(String role) {
        return json().header("Authorization", Identities.bearer("staff:officer-li", role));
    }

    private static String factUrl(String citizen, String fact) {
        return "/citizens/" + citizen + "/facts/" + fact;
    }

    private static String factId(String citizen, String type) {
        JsonPath facts = reading()
                .when()
                .get("/citizens/" + citizen + "/facts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return facts.getString("find { it.type == '" + type + "' }.id");
    }

    private static void assertOutcome(
            String citizen, BenefitsFixtures.BloodDonors donors, String asOf, String knownAt, String outcome) {
        var request = reading().queryParam("asOf", asOf).queryParam("programme", donors.code());
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt);
        }
        request.when()
                .get("/citizens/" + citizen + "/eligibility")
                .then()
                .statusCode(200)
                .body("programmes[0].outcome", equalTo(outcome));
    }

    private long revisions(String factId) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM fact_revision WHERE fact_id = CAST(:id AS uuid)")
                        .setParameter("id", factId)
                        .getSingleResult())
                .longValue();
    }
}
