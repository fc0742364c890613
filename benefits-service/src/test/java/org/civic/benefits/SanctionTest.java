package org.civic.benefits;

import static org.civic.benefits.BenefitsFixtures.bloodDonors;
import static org.civic.benefits.BenefitsFixtures.citizen;
import static org.civic.benefits.BenefitsFixtures.json;
import static org.civic.benefits.BenefitsFixtures.reading;
import static org.civic.benefits.BenefitsFixtures.text;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 荆门's donor scheme: a first misuse suspends the privileges for a year, a second withdraws them for good. */
@QuarkusTest
class SanctionTest {

    static final String EVIDENCE = "荣誉卡在公交闸机被他人冒用，稽查员陈建国记录";

    @Inject
    EntityManager entityManager;

    @Test
    void aFirstMisuseSuspendsForAYearASecondRevokesAndPassesAreRefusedAtOnce() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        publishJingmenRule(donors.code());
        String donor = citizen(donors.donorFacts());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String token = issuePass(donor);
        verify(token, "ELIGIBLE");

        json().body(misuse(donors.code(), today.plusDays(1)))
                .when()
                .post("/citizens/" + donor + "/sanctions")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("occurredOn"));
        String first = json().body(misuse(donors.code(), today.minusDays(3)))
                .when()
                .post("/citizens/" + donor + "/sanctions")
                .then()
                .statusCode(201)
                .body("offence", equalTo(1))
                .body("ruleVersion", equalTo(1))
                .body("outcome", equalTo("SUSPENDED"))
                .body("effectiveFrom", equalTo(today.toString()))
                .body("suspendedUntil", equalTo(today.plusYears(1).minusDays(1).toString()))
                .body("explanation.zh", equalTo("违规使用一次，暂停优待一年"))
                .body("evidence.description", equalTo(EVIDENCE))
                .extract()
                .path("id");

        // The pass issued before is refused at once; no new one is issued; eligibility says why.
        verify(token, "PASS_REVOKED");
        reading()
                .body(Map.of())
                .when()
                .post("/citizens/" + donor + "/passes")
                .then()
                .statusCode(422);
        reading()
                .queryParam("programme", donors.code())
                .when()
                .get("/citizens/" + donor + "/eligibility")
                .then()
                .statusCode(200)
                .body("programmes[0].outcome", equalTo("INELIGIBLE"))
                .body("programmes[0].missingFacts", hasSize(0))
                .body("programmes[0].conditions.outcome", equalTo(List.of("MET", "MET", "MET")))
                .body("programmes[0].sanction.sanctionId", equalTo(first))
                .body("programmes[0].sanction.outcome", equalTo("SUSPENDED"))
                .body("programmes[0].sanction.explanation.zh", equalTo("违规使用一次，暂停优待一年"))
                .body("programmes[0].benefits.outcome", hasItems("INELIGIBLE"))
                .body("programmes[0].benefits.outcome", not(hasItems("ELIGIBLE")));
        reading()
                .queryParam("programme", donors.code())
                .queryParam("asOf", today.minusDays(1).toString())
                .when()
                .get("/citizens/" + donor + "/eligibility")
                .then()
                .body("programmes[0].outcome", equalTo("ELIGIBLE"))
                .body("programmes[0].sanction", nullValue());
        json().body(Map.of("benefitCode", donors.museum(), "siteId", "JM-MUSEUM", "siteCategory", "GOV_MUSEUM_CULTURE"))
                .when()
                .post("/citizens/" + donor + "/redemptions")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:civic:problem:sanctioned"))
                .body("sanction.outcome", equalTo("SUSPENDED"));
        reading()
                .body(Map.of("programmeCode", donors.code()))
                .when()
                .post("/eligibility/batch")
                .then()
                .statusCode(200)
                .body("citizenIds", not(hasItems(donor)));

        // Lifting early needs a reason and is kept; then the benefits are back.
        String lift = "/citizens/" + donor + "/sanctions/" + first + "/lift";
        json().body(Map.of()).when().post(lift).then().statusCode(400);
        json().body(Map.of("reason", "复议决定：冒用系卡片被盗所致"))
                .when()
                .post(lift)
                .then()
                .statusCode(200)
                .body("lifted.on", equalTo(today.toString()))
                .body("lifted.by", equalTo("staff:test-admin"))
                .body("lifted.reason", equalTo("复议决定：冒用系卡片被盗所致"));
        json().body(Map.of("reason", "again")).when().post(lift).then().statusCode(409);
        String second = issuePass(donor);
        verify(second, "ELIGIBLE");

        String revocation = json().body(misuse(donors.code(), today))
                .when()
                .post("/citizens/" + donor + "/sanctions")
                .then()
                .statusCode(201)
                .body("offence", equalTo(2))
                .body("outcome", equalTo("REVOKED"))
                .body("suspendedUntil", nullValue())
                .extract()
                .path("id");
        verify(second, "PASS_REVOKED");
        reading()
                .queryParam("programme", donors.code())
                .queryParam("asOf", today.plusYears(5).toString())
                .when()
                .get("/citizens/" + donor + "/eligibility")
                .then()
                .body("programmes[0].outcome", equalTo("INELIGIBLE"))
                .body("programmes[0].sanction.outcome", equalTo("REVOKED"))
                .body("programmes[0].sanction.explanation.zh", equalTo("再次违规使用，取消优待资格"));
        json().body(Map.of("reason", "x"))
                .when()
                .post("/citizens/" + donor + "/sanctions/" + revocation + "/lift")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:civic:problem:revocation-not-liftable"));
        reading()
                .when()
                .get("/citizens/" + donor + "/sanctions")
                .then()
                .statusCode(200)
                .body("outcome", equalTo(List.of("SUSPENDED", "REVOKED")));

        byte[] sealed = (byte[]) entityManager
                .createNativeQuery("SELECT evidence_enc FROM sanction WHERE id = CAST(:id AS uuid)")
                .setParameter("id", first)
                .getSingleResult();
        assertFalse(new String(sealed, StandardCharsets.UTF_8).contains("陈建国"), "evidence is stored encrypted");
    }

    @Test
    void aSanctionRuleIsCheckedWholeNamingEveryPathAndStoresNothing() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        json().body(Map.of(
                        "effectiveFrom",
                        "2025-01-01",
                        "steps",
                        List.of(
                                Map.of("offence", 2, "action", "SUSPEND", "explanation", text("暂停", "suspended")),
                                Map.of(
                                        "offence",
                                        2,
                                        "action",
                                        "REVOKE",
                                        "duration",
                                        "P1Y",
                                        "explanation",
                                        text("取消", "revoked")),
                                Map.of("offence", 3, "action", "REVOKE", "explanation", text("取消", "revoked")))))
                .when()
                .post("/benefit-programmes/" + donors.code() + "/sanction-rules")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItems("steps[0].offence", "steps[0].duration", "steps[1].duration", "steps[2]"));
        json().when()
                .get("/benefit-programmes/" + donors.code() + "/sanction-rules")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        String donor = citizen(donors.donorFacts());
        json().body(misuse(donors.code(), LocalDate.of(2025, 3, 12)))
                .when()
                .post("/citizens/" + donor + "/sanctions")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:civic:problem:no-sanction-rule"));
        publishJingmenRule(donors.code());
        json().body(Map.of(
                        "effectiveFrom",
                        "2025-01-01",
                        "steps",
                        List.of(Map.of("offence", 1, "action", "REVOKE", "explanation", text("取消", "revoked")))))
                .when()
                .post("/benefit-programmes/" + donors.code() + "/sanction-rules")
                .then()
                .statusCode(409);
    }

    static void publishJingmenRule(String programme) {
        json().body(Map.of(
                        "effectiveFrom",
                        "2025-01-01",
                        "note",
                        "荆门：违规使用一次暂停一年，两次取消优待资格",
                        "steps",
                        List.of(
                                Map.of(
                                        "offence", 1,
                                        "action", "SUSPEND",
                                        "duration", "P1Y",
                                        "explanation", text("违规使用一次，暂停优待一年", "first misuse: suspended for a year"),
                                        "article", "第十二条"),
                                Map.of(
                                        "offence",
                                        2,
                                        "action",
                                        "REVOKE",
                                        "explanation",
                                        text("再次违规使用，取消优待资格", "second misuse: withdrawn"),
                                        "article",
                                        "第十二条"))))
                .when()
                .post("/benefit-programmes/" + programme + "/sanction-rules")
                .then()
                .statusCode(201)
                .body("version", equalTo(1))
                .body("steps[0].duration", equalTo("P1Y"));
    }

    static Map<String, Object> misuse(String programme, LocalDate on) {
        return Map.of(
                "programmeCode",
                programme,
                "occurredOn",
                on.toString(),
                "evidence",
                Map.of("description", EVIDENCE, "reference", "JMBUS-2025-0312-017"));
    }

    static String issuePass(String citizen) {
        return reading()
                .body(Map.of())
                .when()
                .post("/citizens/" + citizen + "/passes")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    static void verify(String token, String reason) {
        json().body(Map.of(
                        "token", token, "siteCategory", "GOV_MUSEUM_CULTURE", "siteId", "JM-MUSEUM", "redeem", false))
                .when()
                .post("/verifications")
                .then()
                .statusCode(200)
                .body("reason", equalTo(reason));
    }
}
