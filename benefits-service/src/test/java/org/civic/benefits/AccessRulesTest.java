package org.civic.benefits;

import static org.civic.benefits.BenefitsFixtures.bloodDonors;
import static org.civic.benefits.BenefitsFixtures.citizen;
import static org.civic.benefits.BenefitsFixtures.citizenBody;
import static org.civic.benefits.BenefitsFixtures.json;
import static org.civic.benefits.BenefitsFixtures.nationalId;
import static org.civic.benefits.BenefitsFixtures.reading;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.Test;

/**
 * The benefits service enforces its rules itself: citizens' data only for benefits officers, verification only
 * for validators (and it names nobody), screening and the programme catalogue for any reader.
 */
@QuarkusTest
class AccessRulesTest {

    static final String PUBLIC_APP = Identities.bearer("client:screener app", Roles.PUBLIC_READ);
    static final String MUSEUM_GATE = Identities.bearer("client:museum gate", Roles.BENEFITS_VERIFY);

    @Inject
    EntityManager entityManager;

    long count(String table, String where) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + where)
                        .getSingleResult())
                .longValue();
    }

    @Test
    void citizensDataNeedsABenefitsOfficerAndRefusalsLeaveNoTrace() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        for (String caller : List.of(
                PUBLIC_APP,
                MUSEUM_GATE,
                Identities.bearer("staff:dash", Roles.DASHBOARD),
                Identities.editorOf(UUID.randomUUID()))) {
            reading()
                    .header("Authorization", caller)
                    .when()
                    .get("/citizens/" + donor)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", containsString("forbidden"));
            reading()
                    .header("Authorization", caller)
                    .when()
                    .get("/citizens/" + donor + "/eligibility")
                    .then()
                    .statusCode(403);
            reading()
                    .header("Authorization", caller)
                    .body(Map.of())
                    .when()
                    .post("/citizens/" + donor + "/passes")
                    .then()
                    .statusCode(403);
        }
        assertEquals(0, count("access_log", "citizen_id = '" + donor + "'"));
        assertEquals(0, count("pass", "citizen_id = '" + donor + "'"));

        String nationalId = nationalId();
        json().header("Authorization", PUBLIC_APP)
                .body(citizenBody("王五", nationalId, List.of()))
                .when()
                .post("/citizens")
                .then()
                .statusCode(403);
        Identities.actAsNobody();
        json().body(citizenBody("王五", nationalId, List.of()))
                .when()
                .post("/citizens")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer");
        json().when().get("/benefit-programmes").then().statusCode(401);
        Identities.actAs(Identities.bearer("staff:officer", Roles.BENEFITS_OFFICER));
        json().body(citizenBody("王五", nationalId, List.of()))
                .when()
                .post("/citizens")
                .then()
                .statusCode(201);
        reading().when().get("/citizens/" + donor).then().statusCode(200);
    }

    @Test
    void verificationIsForValidatorsAndScreeningForAnyReader() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        String token = reading()
                .body(Map.of())
                .when()
                .post("/citizens/" + donor + "/passes")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        Map<String, Object> check =
                Map.of("token", token, "siteCategory", "GOV_MUSEUM_CULTURE", "siteId", "QZ-MUSEUM-01", "redeem", false);
        json().header("Authorization", PUBLIC_APP)
                .body(check)
                .when()
                .post("/verifications")
                .then()
                .statusCode(403);
        json().header("Authorization", MUSEUM_GATE)
                .body(check)
                .when()
                .post("/verifications")
                .then()
                .statusCode(200)
                .body("allowed", equalTo(true));
        // the gate reads nothing else
        json().header("Authorization", MUSEUM_GATE)
                .when()
                .get("/benefit-programmes")
                .then()
                .statusCode(403);

        json().header("Authorization", PUBLIC_APP)
                .when()
                .get("/benefit-programmes/" + donors.code())
                .then()
                .statusCode(200);
        json().header("Authorization", PUBLIC_APP)
                .body(Map.of(
                        "asOf",
                        "2026-01-01",
                        "programmeCode",
                        donors.code(),
                        "facts",
                        List.of(Map.of("type", "honour", "value", "BLOOD_DONATION_GOLD"))))
                .when()
                .post("/eligibility")
                .then()
                .statusCode(200);
        json().header("Authorization", PUBLIC_APP)
                .body(BenefitsFixtures.bloodDonorProgramme("QZ-NOT-" + donors.card(), "X"))
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(403);
        json().header("Authorization", PUBLIC_APP)
                .when()
                .get("/benefit-programmes/QZ-NOT-" + donors.card())
                .then()
                .statusCode(404);
    }
}
