package org.civic.benefits;

import static org.civic.benefits.BenefitsFixtures.bloodDonorCriteria;
import static org.civic.benefits.BenefitsFixtures.bloodDonorProgramme;
import static org.civic.benefits.BenefitsFixtures.bloodDonors;
import static org.civic.benefits.BenefitsFixtures.citizen;
import static org.civic.benefits.BenefitsFixtures.condition;
import static org.civic.benefits.BenefitsFixtures.json;
import static org.civic.benefits.BenefitsFixtures.reading;
import static org.civic.benefits.BenefitsFixtures.rule;
import static org.civic.benefits.BenefitsFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeAndRuleTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aProgrammeIsCreatedWithItsBenefitsAndReadBackWithAnETag() {
        String suffix = unique("");
        String code = "QZ-BLOOD-" + suffix;
        json().body(bloodDonorProgramme(code, suffix))
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(201)
                .header("Location", containsString("/benefit-programmes/" + code))
                .header("ETag", "\"0\"");
        json().when()
                .get("/benefit-programmes/" + code)
                .then()
                .statusCode(200)
                .body("name.zh", equalTo("泉州市无偿献血及造血干细胞捐献者优待措施"))
                .body("issuingAgencies", equalTo(List.of("泉州市卫生健康委员会", "泉州市财政局")))
                .body(
                        "benefits.code",
                        equalTo(List.of("HEALTH_CHECK_" + suffix, "MUSEUM_" + suffix, "RED_CROSS_" + suffix)))
                .body("benefits[0].quota.limit", equalTo(1))
                .body("benefits[0].quota.per", equalTo("CALENDAR_YEAR"))
                .body("benefits[1].quota", nullValue())
                .body("benefits[0].siteCategories", equalTo(List.of("COMMUNITY_HEALTH_CENTRE")));
        json().queryParam("region", "350000")
                .queryParam("inForceOn", "2025-06-01")
                .queryParam("size", 200)
                .when()
                .get("/benefit-programmes")
                .then()
                .statusCode(200)
                .body("items.code", hasItems(code));
        json().queryParam("region", "35")
                .when()
                .get("/benefit-programmes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("region"));
        json().when()
                .get("/benefit-programmes/NO-SUCH-PROGRAMME")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void invalidProgrammesNameTheFieldAndStoreNothing() {
        long before = count("benefit_programme");
        String suffix = unique("");
        Map<String, Object> body = bloodDonorProgramme("QZ-" + suffix, suffix);
        body.put("regionCode", "3505");
        body.put("effectiveTo", "2024-12-31");
        body.put(
                "benefits",
                List.of(Map.of(
                        "code",
                        "bad code",
                        "name",
                        Map.of("zh", "x"),
                        "kind",
                        "GIFT",
                        "siteCategories",
                        List.of("GOV_MUSEUM_CULTURE"))));
        json().body(body)
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("benefits[0].kind"));
        body.put(
                "benefits",
                List.of(Map.of(
                        "code",
                        "bad code",
                        "name",
                        Map.of("zh", " "),
                        "kind",
                        "ACCESS",
                        "siteCategories",
                        List.of(),
                        "quota",
                        Map.of("limit", 0, "per", "CALENDAR_YEAR"))));
        json().body(body)
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItems(
                                "regionCode",
                                "benefits[0].code",
                                "benefits[0].name.zh",
                                "benefits[0].siteCategories",
                                "benefits[0].quota.limit"));
        body = bloodDonorProgramme("QZ-" + suffix, suffix);
        body.put("effectiveTo", "2024-12-31");
        json().body(body)
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("effectiveTo"));
        body = bloodDonorProgramme("QZ-" + suffix, suffix);
        List<Object> twice = new ArrayList<>((List<?>) body.get("benefits"));
        twice.add(twice.get(0));
        body.put("benefits", twice);
        json().body(body)
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("benefits[3].code"));
        assertEquals(before, count("benefit_programme"));
    }

    @Test
    void benefitCodesAreUniqueAcrossProgrammesAndProgrammeCodesOnce() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String suffix = donors.healthCheck().substring("HEALTH_CHECK_".length());
        json().body(bloodDonorProgramme("OTHER-" + suffix, suffix))
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:civic:problem:benefit-code-taken"))
                .body("detail", containsString(donors.code()));
        json().body(bloodDonorProgramme(donors.code(), unique("")))
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:civic:problem:programme-exists"));
    }

    @Test
    void updatesNeedTheCurrentETagAndKeepUsedBenefits() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String suffix = donors.healthCheck().substring("HEALTH_CHECK_".length());
        Map<String, Object> body = bloodDonorProgramme(donors.code(), suffix);
        body.put("effectiveTo", "2029-12-31");
        json().body(body)
                .when()
                .put("/benefit-programmes/" + donors.code())
                .then()
                .statusCode(428);
        json().body(body)
                .header("If-Match", "\"0\"")
                .when()
                .put("/benefit-programmes/" + donors.code())
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("effectiveTo", equalTo("2029-12-31"));
        json().body(body)
                .header("If-Match", "\"0\"")
                .when()
                .put("/benefit-programmes/" + donors.code())
                .then()
                .statusCode(412);
        Map<String, Object> renamed = new HashMap<>(body);
        renamed.put("code", "RENAMED-" + suffix);
        json().body(renamed)
                .header("If-Match", "\"1\"")
                .when()
                .put("/benefit-programmes/" + donors.code())
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("code"));

        String donor = citizen(donors.donorFacts());
        json().body(Map.of(
                        "benefitCode",
                        donors.healthCheck(),
                        "siteId",
                        "CHC-1",
                        "siteCategory",
                        "COMMUNITY_HEALTH_CENTRE"))
                .when()
                .post("/citizens/" + donor + "/redemptions")
                .then()
                .statusCode(201);
        Map<String, Object> withoutHealthCheck = new HashMap<>(body);
        withoutHealthCheck.put("benefits", ((List<?>) body.get("benefits")).subList(1, 3));
        json().body(withoutHealthCheck)
                .header("If-Match", "\"1\"")
                .when()
                .put("/benefit-programmes/" + donors.code())
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:civic:problem:benefit-in-use"));
        Map<String, Object> withoutMuseum = new HashMap<>(body);
        withoutMuseum.put(
                "benefits", List.of(((List<?>) body.get("benefits")).get(0), ((List<?>) body.get("benefits")).get(2)));
        json().body(withoutMuseum)
                .header("If-Match", "\"1\"")
                .when()
                .put("/benefit-programmes/" + donors.code())
                .then()
                .statusCode(200)
                .body("benefits.code", equalTo(List.of(donors.healthCheck(), donors.redCross())));
    }

    @Test
    void badRuleDefinitionsAreRefusedNamingThePathAndStoreNothing() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String rules = "/benefit-programmes/" + donors.code() + "/rules";
        long before = count("rule_version");
        Map<String, Object> criteria = Map.of(
                "any",
                List.of(
                        condition("honour", "in", List.of("BLOOD_DONATION_GOLD"), "金奖"),
                        condition("age", "gte", 18, "成年"),
                        condition("shoeSize", "eq", "42", "鞋码"),
                        condition("honour", "contains", "X", "未知运算"),
                        condition("honour", "gte", "X", "运算不适用"),
                        condition("birthDate", "lte", "1990-02-30", "日期"),
                        condition("sex", "eq", "UNKNOWN", "性别"),
                        condition("residenceRegion", "withinRegion", "35", "地区"),
                        condition("card", "exists", "yes", "存在"),
                        condition("age", "lte", "six", "年龄"),
                        condition("honour", "in", List.of(), "空列表"),
                        Map.of("fact", "card", "op", "exists"),
                        Map.of("all", List.of(), "note", "x"),
                        Map.of("not", condition("card", "exists", null, "持卡"), "any", List.of())));
        json().body(rule("2026-01-01", criteria, Map.of("NOT_A_BENEFIT", condition("card", "exists", null, "x"))))
                .when()
                .post(rules)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        hasItems(
                                "criteria.any[2].fact",
                                "criteria.any[3].op",
                                "criteria.any[4].op",
                                "criteria.any[5].value",
                                "criteria.any[6].value",
                                "criteria.any[7].value",
                                "criteria.any[8].value",
                                "criteria.any[9].value",
                                "criteria.any[10].value",
                                "criteria.any[11].explanation",
                                "criteria.any[12].all",
                                "criteria.any[12].note",
                                "criteria.any[13]",
                                "benefitCriteria.NOT_A_BENEFIT"))
                .body(
                        "violations.find { it.field == 'criteria.any[2].fact' }.message",
                        containsString("unknown fact 'shoeSize'"))
                .body(
                        "violations.find { it.field == 'criteria.any[3].op' }.message",
                        containsString("unknown operator 'contains'"))
                .body(
                        "violations.find { it.field == 'criteria.any[4].op' }.message",
                        containsString("does not apply to honour"));
        json().body(rule("2026-01-01", Map.of("fact", "card"), null))
                .when()
                .post(rules)
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("criteria.op", "criteria.explanation"));
        json().body(rule("2026-01-01", Map.of("maybe", List.of()), null))
                .when()
                .post(rules)
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("criteria.maybe", "criteria.fact"));
        json().body(Map.of("effectiveFrom", "2026-01-01"))
                .when()
                .post(rules)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("criteria"));
        json().body(rule("2024-01-01", bloodDonorCriteria(donors.card()), null))
                .when()
                .post(rules)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("effectiveFrom"));
        assertEquals(before, count("rule_version"));
    }

    @Test
    void aNewRuleVersionNeverOverwritesAndEvaluationUsesTheVersionInForceOnTheDate() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String rules = "/benefit-programmes/" + donors.code() + "/rules";
        // From 2027 the (imagined) policy also requires donors to be 18 or older.
        Map<String, Object> stricter =
                Map.of("all", List.of(bloodDonorCriteria(donors.card()), condition("age", "gte", 18, "年满18周岁")));
        json().header("Authorization", Identities.bearer("staff:policy-editor", Roles.BENEFITS_OFFICER))
                .body(rule("2027-01-01", stricter, null))
                .when()
                .post(rules)
                .then()
                .statusCode(201)
                .body("version", equalTo(2))
                .body("createdBy", equalTo("staff:policy-editor"))
                .header("Location", containsString(rules + "/2"));
        json().body(rule("2027-01-01", stricter, null))
                .when()
                .post(rules)
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:civic:problem:rule-version-exists"));
        Map<String, Object> ended = new HashMap<>(rule("2030-01-01", bloodDonorCriteria(donors.card()), null));
        ended.put("effectiveTo", "2030-12-31");
        json().body(ended).when().post(rules).then().statusCode(201).body("version", equalTo(3));
        json().when()
                .get(rules)
                .then()
                .statusCode(200)
                .body("version", equalTo(List.of(1, 2, 3)))
                .body("effectiveFrom", equalTo(List.of("2025-01-01", "2027-01-01", "2030-01-01")))
                .body("[0].criteria.all[1].value", equalTo(donors.card()));
        json().when().get(rules + "/1").then().statusCode(200).body("effectiveFrom", equalTo("2025-01-01"));
        json().when().get(rules + "/9").then().statusCode(404);

        // No birth date recorded: version 1 decides, version 2 needs the age.
        String donor = citizen(donors.donorFacts());
        String eligibility = "/citizens/" + donor + "/eligibility";
        reading()
                .queryParam("asOf", "2026-06-30")
                .queryParam("programme", donors.code())
                .when()
                .get(eligibility)
                .then()
                .statusCode(200)
                .body("programmes", hasSize(1))
                .body("programmes[0].ruleVersion", equalTo(1))
                .body("programmes[0].outcome", equalTo("ELIGIBLE"));
        reading()
                .queryParam("asOf", "2027-01-01")
                .queryParam("programme", donors.code())
                .when()
                .get(eligibility)
                .then()
                .statusCode(200)
                .body("programmes[0].ruleVersion", equalTo(2))
                .body("programmes[0].ruleEffectiveFrom", equalTo("2027-01-01"))
                .body("programmes[0].outcome", equalTo("UNDETERMINED"))
                .body("programmes[0].missingFacts", equalTo(List.of("birthDate")));
        // Version 3 ended on 2030-12-31 and nothing followed: the programme is not evaluated after it.
        reading()
                .queryParam("asOf", "2030-06-01")
                .queryParam("programme", donors.code())
                .when()
                .get(eligibility)
                .then()
                .body("programmes[0].ruleVersion", equalTo(3));
        reading()
                .queryParam("asOf", "2031-01-01")
                .queryParam("programme", donors.code())
                .when()
                .get(eligibility)
                .then()
                .statusCode(200)
                .body("programmes", hasSize(0));
        // Before the programme started: nothing in force either.
        reading()
                .queryParam("asOf", "2024-12-31")
                .queryParam("programme", donors.code())
                .when()
                .get(eligibility)
                .then()
                .statusCode(200)
                .body("programmes", hasSize(0));
    }

    private long count(String table) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM " + table)
                        .getSingleResult())
                .longValue();
    }
}
