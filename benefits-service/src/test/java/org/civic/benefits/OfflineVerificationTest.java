package org.civic.benefits;

import static org.civic.benefits.BenefitsFixtures.bloodDonors;
import static org.civic.benefits.BenefitsFixtures.citizen;
import static org.civic.benefits.BenefitsFixtures.json;
import static org.civic.benefits.BenefitsFixtures.reading;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

/** A bus validator or park gate that is often offline: it knows only the published key set and the revocation list. */
@QuarkusTest
class OfflineVerificationTest {

    static final String VALIDATOR = Identities.bearer("client:bus validator 0417", Roles.BENEFITS_VERIFY);

    @Inject
    EntityManager entityManager;

    @Test
    void aPassVerifiesWithOnlyThePublishedKeysAndATamperedOneDoesNot() throws Exception {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        String token = SanctionTest.issuePass(donor);
        JsonWebKeySet keys = publishedKeys();

        JwtClaims claims = offlineCheck(token, keys);
        assertEquals(List.of(donors.healthCheck(), donors.museum()), claims.getStringListClaimValue("ben"));
        assertTrue(claims.getStringListClaimValue("cat")
                .containsAll(List.of("COMMUNITY_HEALTH_CENTRE", "GOV_MUSEUM_CULTURE")));
        assertFalse(claims.toJson().contains(donor), "the pass names no one: " + claims.toJson());
        assertTrue(header(token).contains("\"alg\":\"ES256\""), header(token));

        String[] parts = token.split("\\.");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(claims.toJson()
                                .replace(donors.museum(), donors.redCross())
                                .getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThrows(InvalidJwtException.class, () -> offlineCheck(forged, keys));
        SanctionTest.verify(forged, "TOKEN_BAD_SIGNATURE");
        SanctionTest.verify(token, "ELIGIBLE");
    }

    @Test
    void aRevokedPassIsRefusedOnceTheValidatorHasRefreshedItsList() throws Exception {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        Map<String, Object> pass = reading()
                .body(Map.of())
                .when()
                .post("/citizens/" + donor + "/passes")
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
        String token = (String) pass.get("token");
        JsonWebKeySet keys = publishedKeys();
        String since = json().header("Authorization", VALIDATOR)
                .when()
                .get("/passes/revocations")
                .then()
                .statusCode(200)
                .extract()
                .path("issuedAt");
        offlineCheck(token, keys);

        json().when()
                .delete("/citizens/" + donor + "/passes/" + pass.get("passId"))
                .then()
                .statusCode(204);
        JsonPath refreshed = json().header("Authorization", VALIDATOR)
                .queryParam("since", since)
                .when()
                .get("/passes/revocations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // The validator trusts only the signed list, checked with the published keys.
        JwtClaims list = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setExpectedAudience("civic-benefit-verification")
                .build()
                .processToClaims(refreshed.getString("token"));
        Map<String, Object> revoked = list.getClaimValue("revoked", Map.class);
        assertEquals(List.of(pass.get("passId")), List.copyOf(revoked.keySet()));
        assertEquals(List.of(pass.get("passId")), refreshed.getList("revoked.passId"));
        String passId = offlineCheck(token, keys).getJwtId();
        assertTrue(revoked.containsKey(passId), "the validator refuses the pass: it is on the refreshed list");
        SanctionTest.verify(token, "PASS_REVOKED");

        json().header("Authorization", Identities.bearer("client:screener app", Roles.PUBLIC_READ))
                .when()
                .get("/passes/revocations")
                .then()
                .statusCode(403);
        json().header("Authorization", VALIDATOR)
                .queryParam("since", "yesterday")
                .when()
                .get("/passes/revocations")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("since"));
    }

    @Test
    void aOnceAYearBenefitUsedTwiceOfflineIsCountedOnceAndTheSecondUseKeptAsOverQuota() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        String token = SanctionTest.issuePass(donor);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        Map<String, Object> morning =
                use("A-" + donors.healthCheck(), token, donors.healthCheck(), now.minusMinutes(2));
        Map<String, Object> again = use("B-" + donors.healthCheck(), token, donors.healthCheck(), now.minusMinutes(1));

        json().header("Authorization", VALIDATOR)
                .body(Map.of("uses", List.of(morning, again)))
                .when()
                .post("/verifications/offline-uses")
                .then()
                .statusCode(200)
                .body("uses.outcome", equalTo(List.of("RECORDED", "OVER_QUOTA")))
                .body("uses.reason", equalTo(List.of("REDEEMED", "QUOTA_EXHAUSTED")))
                .body("uses.replayed", equalTo(List.of(false, false)));
        // A validator that syncs again after a lost answer gets the first outcome, and nothing is counted twice.
        json().header("Authorization", VALIDATOR)
                .body(Map.of("uses", List.of(morning)))
                .when()
                .post("/verifications/offline-uses")
                .then()
                .statusCode(200)
                .body("uses[0].outcome", equalTo("RECORDED"))
                .body("uses[0].replayed", equalTo(true));
        reading()
                .when()
                .get("/citizens/" + donor + "/redemptions")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].channel", equalTo("OFFLINE"))
                .body("items[0].sequenceInPeriod", equalTo(1));
        assertEquals(
                2L,
                ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM offline_use WHERE benefit_code = :code")
                                .setParameter("code", donors.healthCheck())
                                .getSingleResult())
                        .longValue());
        json().body(Map.of(
                        "token", token, "siteCategory", "COMMUNITY_HEALTH_CENTRE", "siteId", "QZ-CHC", "redeem", false))
                .when()
                .post("/verifications")
                .then()
                .body("reason", equalTo("QUOTA_EXHAUSTED"));
        json().header("Authorization", VALIDATOR)
                .body(Map.of("uses", List.of(use("C", token, donors.museum(), now.plusHours(1)))))
                .when()
                .post("/verifications/offline-uses")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("uses[0].occurredAt"));
    }

    @Test
    void aRotatedSigningKeySignsNewPassesWhileThePreviousOneStillVerifiesItsOwn() throws Exception {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        String before = SanctionTest.issuePass(donor);
        json().header("Authorization", VALIDATOR)
                .when()
                .post("/passes/signing-keys")
                .then()
                .statusCode(403);
        String kid = json().when()
                .post("/passes/signing-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("kid");
        String after = SanctionTest.issuePass(donor);
        assertTrue(header(after).contains("\"kid\":\"" + kid + "\""), header(after));
        assertNotEquals(header(before), header(after));
        JsonWebKeySet keys = publishedKeys();
        offlineCheck(before, keys);
        offlineCheck(after, keys);
        SanctionTest.verify(before, "ELIGIBLE");
        SanctionTest.verify(after, "ELIGIBLE");
    }

    private static JsonWebKeySet publishedKeys() throws Exception {
        String set = json().header("Authorization", VALIDATOR)
                .when()
                .get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age=300"))
                .body("keys[0].kty", equalTo("EC"))
                .body("keys[0].crv", equalTo("P-256"))
                .body("keys[0].alg", equalTo("ES256"))
                .extract()
                .asString();
        assertFalse(set.contains("\"d\""), "the key set holds no private key");
        return new JsonWebKeySet(set);
    }

    /** What a validator does with no network: signature by a published key, issuer, audience, expiry. */
    private static JwtClaims offlineCheck(String token, JsonWebKeySet keys) throws InvalidJwtException {
        return new JwtConsumerBuilder()
                .setRequireJwtId()
                .setRequireExpirationTime()
                .setExpectedIssuer("civic-benefits")
                .setExpectedAudience("civic-benefit-verification")
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .build()
                .processToClaims(token);
    }

    private static String header(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> use(String localId, String token, String benefit, OffsetDateTime at) {
        return Map.of(
                "localId",
                localId,
                "token",
                token,
                "benefitCode",
                benefit,
                "siteId",
                "QZ-FENGZE-CHC-01",
                "siteCategory",
                benefit.startsWith("HEALTH") ? "COMMUNITY_HEALTH_CENTRE" : "GOV_MUSEUM_CULTURE",
                "occurredAt",
                at.toString());
    }
}
