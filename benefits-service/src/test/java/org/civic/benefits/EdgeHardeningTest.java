package org.civic.benefits;

import static org.civic.benefits.BenefitsFixtures.bloodDonorProgramme;
import static org.civic.benefits.BenefitsFixtures.bloodDonors;
import static org.civic.benefits.BenefitsFixtures.citizen;
import static org.civic.benefits.BenefitsFixtures.json;
import static org.civic.benefits.BenefitsFixtures.reading;
import static org.civic.benefits.BenefitsFixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civic.benefits.rules.Codes;
import org.civic.testsupport.Concurrently;
import org.junit.jupiter.api.Test;

/** Benefits' part of the "harden the public edge" issue: races, coercion and caching of personal data. */
@QuarkusTest
class EdgeHardeningTest {

    @Test
    void tenConcurrentCreatesOfOneProgrammeCodeGiveOne201AndOtherwiseOnly409() {
        String suffix = unique("");
        String code = "QZ-RACE-" + suffix;
        List<Integer> statuses = Concurrently.statuses(
                10,
                () -> json().body(bloodDonorProgramme(code, suffix))
                        .when()
                        .post("/benefit-programmes")
                        .then()
                        .extract()
                        .statusCode());
        assertTrue(Set.of(201, 409).containsAll(statuses), "only 201 and 409 expected, got " + statuses);
        assertEquals(1, Collections.frequency(statuses, 201), "exactly one 201 expected, got " + statuses);
    }

    @Test
    void aNumberForEffectiveFromIsA400NamingTheFieldWhileIsoDatesStillWork() {
        String suffix = unique("");
        Map<String, Object> body = bloodDonorProgramme("QZ-DATE-" + suffix, suffix);
        body.put("effectiveFrom", 12345);
        json().body(body)
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("effectiveFrom"));
        json().when().get("/benefit-programmes/QZ-DATE-" + suffix).then().statusCode(404);
        body.put("effectiveFrom", "2025-01-01");
        json().body(body)
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(201)
                .body("effectiveFrom", equalTo("2025-01-01"));
    }

    @Test
    void aValueLongerThanItsDocumentedMaximumIsA400NamingItAndStoresNothing() {
        String suffix = unique("");
        String tooLongCode = "QZ-" + "L".repeat(Codes.CODE_MAX_LENGTH);
        String tooLongRegion = "3".repeat(Codes.REGION_MAX_LENGTH + 1);
        json().body(bloodDonorProgramme(tooLongCode, suffix))
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("code"));
        Map<String, Object> body = bloodDonorProgramme("QZ-LONG-" + suffix, suffix);
        body.put("regionCode", tooLongRegion);
        json().body(body)
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("regionCode"));
        json().when()
                .get("/benefit-programmes?region=" + tooLongRegion)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("region"));
        json().when()
                .get("/benefit-programmes/" + tooLongCode)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("code"));
        json().when().get("/benefit-programmes/QZ-LONG-" + suffix).then().statusCode(404);
    }

    @Test
    void everyAnswerAboutACitizenIsNoStoreErrorsIncluded() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        for (String path : List.of(
                "/citizens/" + donor,
                "/citizens/" + donor + "/facts",
                "/citizens/" + donor + "/eligibility",
                "/citizens/" + donor + "/redemptions",
                "/citizens/" + donor + "/access-log")) {
            noStore(reading().when().get(path).then().statusCode(200));
        }
        noStore(reading()
                .when()
                .get("/citizens/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404));
        noStore(json().body(BenefitsFixtures.citizenBody("林小梅", BenefitsFixtures.nationalId(), List.of()))
                .when()
                .post("/citizens")
                .then()
                .statusCode(201));
        noStore(json().body(Map.of(
                        "asOf",
                        "2026-01-01",
                        "programmeCode",
                        donors.code(),
                        "facts",
                        List.of(Map.of("type", "honour", "value", "BLOOD_DONATION_GOLD"))))
                .when()
                .post("/eligibility")
                .then()
                .statusCode(200));
        // Public programme data stays cacheable.
        json().when()
                .get("/benefit-programmes/" + donors.code())
                .then()
                .statusCode(200)
                .header("Cache-Control", not(equalTo("no-store")))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void oddCharactersInCodesAndIdsInThePathAreA400Or404ProblemNeverA500() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        for (String odd : List.of("%20", "a%20b", "a%7Cb", "a%3Cb", "a%7Bb", "a%25b", "a%00b", "%25%25")) {
            for (String path : List.of(
                    "/benefit-programmes/" + odd,
                    "/benefit-programmes/" + donors.code() + "/rules/" + odd,
                    "/citizens/" + odd)) {
                int status = reading()
                        .urlEncodingEnabled(false)
                        .when()
                        .get(path)
                        .then()
                        .contentType("application/problem+json")
                        .extract()
                        .statusCode();
                assertTrue(status == 400 || status == 404, path + " answered " + status);
            }
        }
    }

    private static void noStore(ValidatableResponse response) {
        response.header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    }
}
