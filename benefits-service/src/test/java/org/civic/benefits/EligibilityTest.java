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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civic.testsupport.PrometheusMetrics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EligibilityTest {

    @Test
    void aQualifyingDonorIsEligibleWithEveryConditionExplained() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        reading()
                .queryParam("asOf", "2025-03-01")
                .queryParam("programme", donors.code())
                .when()
                .get("/citizens/" + donor + "/eligibility")
                .then()
                .statusCode(200)
                .body("citizenId", equalTo(donor))
                .body("asOf", equalTo("2025-03-01"))
                .body("programmes[0].programmeCode", equalTo(donors.code()))
                .body("programmes[0].legalBasis.title", containsString("优待措施"))
                .body("programmes[0].outcome", equalTo("ELIGIBLE"))
                .body("programmes[0].missingFacts", hasSize(0))
                .body(
                        "programmes[0].conditions.path",
                        equalTo(List.of("criteria.all[0]", "criteria.all[1]", "criteria.all[2]")))
                .body("programmes[0].conditions.outcome", equalTo(List.of("MET", "MET", "MET")))
                .body("programmes[0].conditions[0].explanation.zh", equalTo("获得无偿献血奉献奖等五项荣誉之一"))
                .body("programmes[0].conditions[0].article", equalTo("正文"))
                .body("programmes[0].conditions[0].observed", equalTo(List.of("BLOOD_DONATION_GOLD")))
                .body("programmes[0].conditions[2].op", equalTo("withinRegion"))
                .body("programmes[0].conditions[2].value", equalTo("350500"))
                // The health check is limited to one a year and still available; the red-cross relief adds
                // its own condition, unknown here.
                .body(
                        "programmes[0].benefits.find { it.benefitCode == '" + donors.healthCheck() + "' }.outcome",
                        equalTo("ELIGIBLE"))
                .body(
                        "programmes[0].benefits.find { it.benefitCode == '" + donors.healthCheck()
                                + "' }.quota.remaining",
                        equalTo(1))
                .body(
                        "programmes[0].benefits.find { it.benefitCode == '" + donors.healthCheck() + "' }.quota.period",
                        equalTo("2025"))
                .body("programmes[0].benefits.find { it.benefitCode == '" + donors.museum() + "' }.quota", nullValue())
                .body(
                        "programmes[0].benefits.find { it.benefitCode == '" + donors.redCross() + "' }.outcome",
                        equalTo("UNDETERMINED"))
                .body(
                        "programmes[0].benefits.find { it.benefitCode == '" + donors.redCross() + "' }.missingFacts",
                        equalTo(List.of("householdStatus")))
                .body(
                        "programmes[0].benefits.find { it.benefitCode == '" + donors.redCross()
                                + "' }.conditions[0].path",
                        equalTo("benefitCriteria." + donors.redCross()));
    }

    @Test
    void aMissingFactMakesItUndeterminedAndAContraryFactIneligible() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        // Honour and card, but no residence on record: UNDETERMINED, asking for residenceRegion only.
        String unknownResidence =
                citizen(List.of(fact("honour", "BLOOD_DONATION_SILVER", null), fact("card", donors.card(), null)));
        reading()
                .queryParam("programme", donors.code())
                .when()
                .get("/citizens/" + unknownResidence + "/eligibility")
                .then()
                .statusCode(200)
                .body("programmes[0].outcome", equalTo("UNDETERMINED"))
                .body("programmes[0].conditions.outcome", equalTo(List.of("MET", "MET", "UNKNOWN")))
                .body("programmes[0].missingFacts", equalTo(List.of("residenceRegion")));
        // Lives in 厦门: INELIGIBLE, and the missing card no longer matters, so it is not asked for.
        String elsewhere = citizen(
                List.of(fact("honour", "BLOOD_DONATION_SILVER", null), fact("residenceRegion", "350203", null)));
        reading()
                .queryParam("programme", donors.code())
                .when()
                .get("/citizens/" + elsewhere + "/eligibility")
                .then()
                .body("programmes[0].outcome", equalTo("INELIGIBLE"))
                .body("programmes[0].conditions.outcome", equalTo(List.of("MET", "UNKNOWN", "NOT_MET")))
                .body("programmes[0].missingFacts", hasSize(0));
        // A checked absence (NONE) turns unknown into not met.
        String noHonour = citizen(List.of(
                fact("honour", "NONE", null),
                fact("card", donors.card(), null),
                fact("residenceRegion", "350582", null)));
        reading()
                .queryParam("programme", donors.code())
                .when()
                .get("/citizens/" + noHonour + "/eligibility")
                .then()
                .body("programmes[0].outcome", equalTo("INELIGIBLE"))
                .body("programmes[0].conditions[0].outcome", equalTo("NOT_MET"));
    }

    @Test
    void factsCountOnlyWithinTheirValidityAndTheLatestResidenceWins() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        Map<String, Object> card = fact("card", donors.card(), "2025-01-01");
        card.put("validUntil", "2025-12-31");
        Map<String, Object> movedAway = fact("residenceRegion", "350203", "2025-07-01");
        String donor = citizen(List.of(
                fact("honour", "BLOOD_DONATION_GOLD", null),
                card,
                fact("residenceRegion", "350502", "2010-01-01"),
                movedAway));
        String eligibility = "/citizens/" + donor + "/eligibility";
        reading()
                .queryParam("asOf", "2025-03-01")
                .when()
                .get(eligibility)
                .then()
                .body("programmes.find { it.programmeCode == '" + donors.code() + "' }.outcome", equalTo("ELIGIBLE"));
        reading()
                .queryParam("asOf", "2025-08-01")
                .when()
                .get(eligibility)
                .then()
                .body("programmes.find { it.programmeCode == '" + donors.code() + "' }.outcome", equalTo("INELIGIBLE"))
                .body(
                        "programmes.find { it.programmeCode == '" + donors.code() + "' }.conditions[2].observed",
                        equalTo(List.of("350203")));
        reading()
                .queryParam("asOf", "2026-01-01")
                .when()
                .get(eligibility)
                .then()
                .body(
                        "programmes.find { it.programmeCode == '" + donors.code() + "' }.conditions[1].outcome",
                        equalTo("UNKNOWN"));
    }

    @Test
    void ageIsComputedFromTheBirthDateOnTheEvaluationDate() {
        String code = unique("XX-REHAB-");
        String benefit = unique("REHAB_");
        json().body(Map.of(
                        "code",
                        code,
                        "name",
                        text("0~6岁残疾儿童康复救助", "Rehabilitation aid for disabled children 0-6"),
                        "issuingAgencies",
                        List.of("新乡市残疾人联合会"),
                        "regionCode",
                        "410700",
                        "legalBasis",
                        Map.of("title", "新乡市重点民生实事"),
                        "effectiveFrom",
                        "2019-01-01",
                        "benefits",
                        List.of(benefit(
                                benefit, "康复救助", "IN_KIND", List.of("DESIGNATED_REHABILITATION_INSTITUTION"), null))))
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(201);
        json().body(rule(
                        "2019-01-01",
                        Map.of(
                                "all",
                                List.of(
                                        condition("age", "lte", 6, "0~6岁"),
                                        condition("disabilityCertificate", "exists", null, "持有残疾证或经评估为残疾儿童"),
                                        condition("residenceRegion", "withinRegion", "410700", "户籍或居住在新乡市"))),
                        null))
                .when()
                .post("/benefit-programmes/" + code + "/rules")
                .then()
                .statusCode(201);
        String child = citizen(List.of(
                fact("birthDate", "2019-05-10", null),
                fact("disabilityCertificate", "HEARING", null),
                fact("residenceRegion", "410702", null)));
        String eligibility = "/citizens/" + child + "/eligibility";
        reading()
                .queryParam("asOf", "2026-05-09")
                .queryParam("programme", code)
                .when()
                .get(eligibility)
                .then()
                .body("programmes[0].outcome", equalTo("ELIGIBLE"))
                .body("programmes[0].conditions[0].observed", equalTo(List.of("6")));
        reading()
                .queryParam("asOf", "2026-05-10")
                .queryParam("programme", code)
                .when()
                .get(eligibility)
                .then()
                .body("programmes[0].outcome", equalTo("INELIGIBLE"))
                .body("programmes[0].conditions[0].observed", equalTo(List.of("7")));
        // Not yet born on the date: no age condition holds.
        reading()
                .queryParam("asOf", "2019-01-01")
                .queryParam("programme", code)
                .when()
                .get(eligibility)
                .then()
                .body("programmes[0].conditions[0].outcome", equalTo("NOT_MET"));
        // A screener app asks anonymously; without a birth date the answer names it as missing.
        Map<String, String> undetermined = Map.of("programme", code, "outcome", "UNDETERMINED");
        double decidedBefore = PrometheusMetrics.value("civic_eligibility_decisions_total", undetermined);
        json().body(Map.of(
                        "asOf",
                        "2026-01-01",
                        "programmeCode",
                        code,
                        "facts",
                        List.of(
                                Map.of("type", "disabilityCertificate", "value", "AUTISM"),
                                Map.of("type", "residenceRegion", "value", "410721"))))
                .when()
                .post("/eligibility")
                .then()
                .statusCode(200)
                .body("citizenId", nullValue())
                .body("programmes[0].outcome", equalTo("UNDETERMINED"))
                .body("programmes[0].missingFacts", equalTo(List.of("birthDate")))
                .body("programmes[0].benefits[0].quota", nullValue());
        assertEquals(1, PrometheusMetrics.value("civic_eligibility_decisions_total", undetermined) - decidedBefore);
    }

    @Test
    void anyAndNotCombineInThreeValuedLogic() {
        String code = unique("XX-ANY-");
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
                                        Map.of(
                                                "any",
                                                List.of(
                                                        condition("age", "gte", 80, "80岁以上"),
                                                        condition(
                                                                "householdStatus",
                                                                "in",
                                                                List.of("DIBAO", "TEKUN"),
                                                                "低保或特困"))),
                                        Map.of("not", condition("sex", "eq", "MALE", "男性除外")))),
                        null))
                .when()
                .post("/benefit-programmes/" + code + "/rules")
                .then()
                .statusCode(201);
        String screen = "/eligibility";
        // Any: one MET is enough even if the other is unknown; not: unknown stays unknown.
        json().body(Map.of(
                        "asOf",
                        "2025-01-01",
                        "programmeCode",
                        code,
                        "facts",
                        List.of(Map.of("type", "birthDate", "value", "1940-01-01"))))
                .when()
                .post(screen)
                .then()
                .body("programmes[0].outcome", equalTo("UNDETERMINED"))
                .body("programmes[0].missingFacts", equalTo(List.of("sex")));
        json().body(Map.of(
                        "asOf",
                        "2025-01-01",
                        "programmeCode",
                        code,
                        "facts",
                        List.of(
                                Map.of("type", "birthDate", "value", "1970-01-01"),
                                Map.of("type", "sex", "value", "FEMALE"))))
                .when()
                .post(screen)
                .then()
                .body("programmes[0].outcome", equalTo("UNDETERMINED"))
                .body("programmes[0].missingFacts", equalTo(List.of("householdStatus")));
        json().body(Map.of(
                        "asOf",
                        "2025-01-01",
                        "programmeCode",
                        code,
                        "facts",
                        List.of(
                                Map.of("type", "householdStatus", "value", "TEKUN"),
                                Map.of("type", "sex", "value", "FEMALE"))))
                .when()
                .post(screen)
                .then()
                .body("programmes[0].outcome", equalTo("ELIGIBLE"))
                .body("programmes[0].missingFacts", hasSize(0));
        json().body(Map.of(
                        "asOf",
                        "2025-01-01",
                        "programmeCode",
                        code,
                        "facts",
                        List.of(
                                Map.of("type", "householdStatus", "value", "TEKUN"),
                                Map.of("type", "sex", "value", "MALE"))))
                .when()
                .post(screen)
                .then()
                .body("programmes[0].outcome", equalTo("INELIGIBLE"))
                .body("programmes[0].conditions.path", hasItem("criteria.all[1].not"));
    }

    @Test
    void screeningRejectsUnknownFactsAndStoresNothing() {
        json().body(Map.of(
                        "facts",
                        List.of(
                                Map.of("type", "age", "value", "70"),
                                Map.of("type", "sex", "value", "X"),
                                Map.of("type", "birthDate", "value", "1950-13-01"))))
                .when()
                .post("/eligibility")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("facts[0].type", "facts[1].value", "facts[2].value")));
        json().body(Map.of("facts", List.of(Map.of("type", "sex", "value", "FEMALE")), "asOf", "someday"))
                .when()
                .post("/eligibility")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
        json().body(Map.of("facts", List.of()))
                .when()
                .post("/eligibility")
                .then()
                .statusCode(200)
                .body("programmes.outcome", not(hasItem("ELIGIBLE")));
    }

    @Test
    void citizenEligibilityNeedsAPurposeAndValidParameters() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        json().when()
                .get("/citizens/" + donor + "/eligibility")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("X-Purpose"));
        reading()
                .queryParam("asOf", "2025-02-30")
                .when()
                .get("/citizens/" + donor + "/eligibility")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
        reading()
                .when()
                .get("/citizens/not-an-id/eligibility")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("id"));
        reading()
                .when()
                .get("/citizens/00000000-0000-0000-0000-000000000000/eligibility")
                .then()
                .statusCode(404);
        Map<String, Object> badFact = new HashMap<>(fact("age", "70", null));
        json().body(badFact)
                .when()
                .post("/citizens/" + donor + "/facts")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("type"))
                .body("violations[0].message", containsString("birthDate"));
    }
}
