package org.civic.benefits;

import static org.civic.benefits.BenefitsFixtures.bloodDonors;
import static org.civic.benefits.BenefitsFixtures.citizen;
import static org.civic.benefits.BenefitsFixtures.fact;
import static org.civic.benefits.BenefitsFixtures.json;
import static org.civic.benefits.BenefitsFixtures.reading;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.benefits.crypto.PassTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PassVerificationTest {

    @Inject
    PassTokens tokens;

    @Inject
    EntityManager entityManager;

    static Map<String, Object> verification(String token, String siteCategory, boolean redeem) {
        return Map.of("token", token, "siteCategory", siteCategory, "siteId", "QZ-MUSEUM-01", "redeem", redeem);
    }

    @Test
    void aGateLearnsYesOrNoForItsSiteButNeverWho() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        Map<String, Object> pass = reading()
                .body(Map.of())
                .when()
                .post("/citizens/" + donor + "/passes")
                .then()
                .statusCode(201)
                .body("benefitCodes", equalTo(List.of(donors.healthCheck(), donors.museum())))
                .extract()
                .as(Map.class);
        String token = (String) pass.get("token");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertFalse(payload.contains(donor), "the token names no citizen: " + payload);
        assertTrue(payload.contains("\"ben\":[\"" + donors.healthCheck() + "\",\"" + donors.museum() + "\"]"), payload);
        assertTrue(Instant.parse((String) pass.get("expiresAt"))
                .isBefore(Instant.now().plus(6, ChronoUnit.MINUTES)));

        String answer = json().body(verification(token, "GOV_MUSEUM_CULTURE", false))
                .when()
                .post("/verifications")
                .then()
                .statusCode(200)
                .body("allowed", equalTo(true))
                .body("benefitCode", equalTo(donors.museum()))
                .body("reason", equalTo("ELIGIBLE"))
                .body("redeemed", equalTo(false))
                .extract()
                .asString();
        assertFalse(answer.contains(donor) || answer.contains("林") || answer.contains("350503"), answer);
        json().body(verification(token, "LOCAL_PUBLIC_TRANSPORT", false))
                .when()
                .post("/verifications")
                .then()
                .statusCode(200)
                .body("allowed", equalTo(false))
                .body("reason", equalTo("SITE_CATEGORY_NOT_COVERED"))
                .body("benefitCode", nullValue());

        // Redeeming the yearly health check through the gate: once, then the quota is used up.
        json().body(verification(token, "COMMUNITY_HEALTH_CENTRE", true))
                .when()
                .post("/verifications")
                .then()
                .body("allowed", equalTo(true))
                .body("reason", equalTo("REDEEMED"))
                .body("redeemed", equalTo(true))
                .body("benefitCode", equalTo(donors.healthCheck()));
        json().body(verification(token, "COMMUNITY_HEALTH_CENTRE", false))
                .when()
                .post("/verifications")
                .then()
                .body("allowed", equalTo(false))
                .body("reason", equalTo("QUOTA_EXHAUSTED"));
        json().body(verification(token, "COMMUNITY_HEALTH_CENTRE", true))
                .when()
                .post("/verifications")
                .then()
                .body("allowed", equalTo(false))
                .body("reason", equalTo("QUOTA_EXHAUSTED"))
                .body("redeemed", equalTo(false));
        assertEquals(
                1L,
                ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM redemption WHERE citizen_id = CAST(:id AS uuid) AND channel = 'VERIFICATION'")
                                .setParameter("id", donor)
                                .getSingleResult())
                        .longValue());
        reading()
                .when()
                .get("/citizens/" + donor + "/redemptions")
                .then()
                .body("items[0].channel", equalTo("VERIFICATION"));
    }

    @Test
    void tamperedExpiredUnknownAndRevokedTokensAreRefusedWithTheReason() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        String passes = "/citizens/" + donor + "/passes";
        Map<String, Object> pass = reading()
                .body(Map.of("benefitCodes", List.of(donors.museum())))
                .when()
                .post(passes)
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
        String token = (String) pass.get("token");
        json().body(verification(token, "GOV_MUSEUM_CULTURE", false))
                .when()
                .post("/verifications")
                .then()
                .body("allowed", equalTo(true));

        // Widen the benefits in the payload and keep the signature: the signature no longer matches.
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + donors.museum() + "\"", "\"" + donors.museum() + "\",\"" + donors.healthCheck() + "\"");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        json().body(verification(tampered, "COMMUNITY_HEALTH_CENTRE", true))
                .when()
                .post("/verifications")
                .then()
                .statusCode(200)
                .body("allowed", equalTo(false))
                .body("reason", equalTo("TOKEN_BAD_SIGNATURE"));
        // An unsigned token ("alg": "none") is not accepted either.
        String unsigned = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        json().body(verification(unsigned, "GOV_MUSEUM_CULTURE", false))
                .when()
                .post("/verifications")
                .then()
                .body("allowed", equalTo(false))
                .body("reason", equalTo("TOKEN_MALFORMED"));
        json().body(verification("not a token", "GOV_MUSEUM_CULTURE", false))
                .when()
                .post("/verifications")
                .then()
                .body("allowed", equalTo(false))
                .body("reason", equalTo("TOKEN_MALFORMED"));

        UUID passId = UUID.fromString((String) pass.get("passId"));
        Instant issued = Instant.now().minus(10, ChronoUnit.MINUTES);
        String expired = tokens.sign(passId, List.of(donors.museum()), issued, issued.plus(5, ChronoUnit.MINUTES));
        json().body(verification(expired, "GOV_MUSEUM_CULTURE", false))
                .when()
                .post("/verifications")
                .then()
                .body("allowed", equalTo(false))
                .body("reason", equalTo("TOKEN_EXPIRED"));
        String unknown = tokens.sign(
                UUID.randomUUID(),
                List.of(donors.museum()),
                Instant.now(),
                Instant.now().plusSeconds(60));
        json().body(verification(unknown, "GOV_MUSEUM_CULTURE", false))
                .when()
                .post("/verifications")
                .then()
                .body("allowed", equalTo(false))
                .body("reason", equalTo("PASS_UNKNOWN"));

        json().when().delete(passes + "/" + passId).then().statusCode(204);
        json().when().delete(passes + "/" + passId).then().statusCode(204);
        json().body(verification(token, "GOV_MUSEUM_CULTURE", true))
                .when()
                .post("/verifications")
                .then()
                .body("allowed", equalTo(false))
                .body("reason", equalTo("PASS_REVOKED"));
        json().when().delete(passes + "/" + UUID.randomUUID()).then().statusCode(404);
        json().body(Map.of("token", token, "siteCategory", "NOWHERE", "siteId", "x"))
                .when()
                .post("/verifications")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("siteCategory"));
        json().body(Map.of("token", " ", "siteCategory", "GOV_MUSEUM_CULTURE", "siteId", "x"))
                .when()
                .post("/verifications")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("token"));
    }

    @Test
    void passesCarryOnlyBenefitsTheCitizenIsEligibleFor() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        String passes = "/citizens/" + donor + "/passes";
        reading()
                .body(Map.of("benefitCodes", List.of(donors.redCross())))
                .when()
                .post(passes)
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:civic:problem:not-eligible"));
        reading()
                .body(Map.of("benefitCodes", List.of("NO_SUCH_BENEFIT")))
                .when()
                .post(passes)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("benefitCodes[0]"));
        json().body(Map.of())
                .when()
                .post(passes)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("X-Purpose"));
        String stranger = citizen(List.of(fact("residenceRegion", "350502", null)));
        reading()
                .body(Map.of())
                .when()
                .post("/citizens/" + stranger + "/passes")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:civic:problem:no-eligible-benefit"));
        // A pass is checked against the citizen's facts at verification time: moving away stops it.
        String token = reading()
                .body(Map.of("benefitCodes", List.of(donors.museum())))
                .when()
                .post(passes)
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        json().body(verification(token, "GOV_MUSEUM_CULTURE", false))
                .when()
                .post("/verifications")
                .then()
                .body("allowed", equalTo(true));
        json().body(fact(
                        "residenceRegion",
                        "350203",
                        LocalDate.now().minusDays(1).toString()))
                .when()
                .post("/citizens/" + donor + "/facts")
                .then()
                .statusCode(201);
        json().body(verification(token, "GOV_MUSEUM_CULTURE", false))
                .when()
                .post("/verifications")
                .then()
                .body("allowed", equalTo(false))
                .body("reason", equalTo("NOT_ELIGIBLE"))
                .body("benefitCode", equalTo(donors.museum()));
    }
}
