package org.civic.benefits;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;

/**
 * Builds what the tests need through the API: the 泉州 blood-donor programme (under unique codes, so tests
 * never see each other's data), its rule, and citizens with valid, unique national ID numbers.
 */
final class BenefitsFixtures {

    static final List<String> HONOURS = List.of(
            "BLOOD_DONATION_LIFETIME_HONOUR",
            "BLOOD_DONATION_GOLD",
            "BLOOD_DONATION_SILVER",
            "HSC_DONATION_AWARD",
            "BLOOD_VOLUNTEER_LIFETIME_HONOUR");
    static final String PURPOSE = "counter-service";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private BenefitsFixtures() {}

    /** A code unique in this test run, e.g. T1A2B3C4. */
    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    /** A request that states why it reads personal data. */
    static RequestSpecification reading() {
        return given().contentType(ContentType.JSON)
                .header("X-Purpose", PURPOSE)
                .header("Authorization", Identities.bearer("staff:clerk-7", Roles.BENEFITS_OFFICER));
    }

    static Map<String, Object> text(String zh, String en) {
        return Map.of("zh", zh, "en", en);
    }

    /** The blood-donor programme: health check once a year, museum entry unlimited, red-cross relief. */
    static Map<String, Object> bloodDonorProgramme(String code, String suffix) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", text("泉州市无偿献血及造血干细胞捐献者优待措施", "Quanzhou privileges for voluntary blood donors"));
        body.put("issuingAgencies", List.of("泉州市卫生健康委员会", "泉州市财政局"));
        body.put("regionCode", "350500");
        body.put("legalBasis", Map.of("title", "《泉州市无偿献血及造血干细胞捐献者优待措施》", "source", "泉州晚报社东南早报《优待献血者 让温暖循环》"));
        body.put("effectiveFrom", "2025-01-01");
        body.put(
                "benefits",
                List.of(
                        benefit(
                                "HEALTH_CHECK_" + suffix,
                                "每年免费健康体检一次",
                                "FEE_WAIVER",
                                List.of("COMMUNITY_HEALTH_CENTRE"),
                                Map.of("limit", 1, "per", "CALENDAR_YEAR")),
                        benefit("MUSEUM_" + suffix, "免费参观公共文化设施", "FEE_WAIVER", List.of("GOV_MUSEUM_CULTURE"), null),
                        benefit("RED_CROSS_" + suffix, "纳入“红十字博爱送万家”慰问范围", "REFERRAL", List.of("RED_CROSS"), null)));
        return body;
    }

    static Map<String, Object> benefit(
            String code, String zh, String kind, List<String> sites, Map<String, Object> quota) {
        Map<String, Object> benefit = new HashMap<>();
        benefit.put("code", code);
        benefit.put("name", text(zh, code.toLowerCase()));
        benefit.put("kind", kind);
        benefit.put("siteCategories", sites);
        benefit.put("article", "第1条");
        if (quota != null) {
            benefit.put("quota", quota);
        }
        return benefit;
    }

    static Map<String, Object> condition(String fact, String op, Object value, String zh) {
        Map<String, Object> condition = new HashMap<>();
        condition.put("fact", fact);
        condition.put("op", op);
        if (value != null) {
            condition.put("value", value);
        }
        condition.put("explanation", text(zh, "en: " + zh));
        condition.put("article", "正文");
        return condition;
    }

    /** The policy: one of the five honours, the city's honour card, and residence in 泉州. */
    static Map<String, Object> bloodDonorCriteria(String card) {
        return Map.of(
                "all",
                List.of(
                        condition("honour", "in", HONOURS, "获得无偿献血奉献奖等五项荣誉之一"),
                        condition("card", "eq", card, "持有泉州市无偿献血荣誉卡"),
                        condition("residenceRegion", "withinRegion", "350500", "居住在泉州市")));
    }

    static Map<String, Object> rule(
            String effectiveFrom, Map<String, Object> criteria, Map<String, Object> benefitCriteria) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("effectiveFrom", effectiveFrom);
        rule.put("criteria", criteria);
        if (benefitCriteria != null) {
            rule.put("benefitCriteria", benefitCriteria);
        }
        return rule;
    }

    /** A programme with the blood-donor benefits and rule; returns its suffix (benefit codes end with it). */
    static BloodDonors bloodDonors() {
        String suffix = unique("");
        String code = "QZ-BLOOD-" + suffix;
        String card = "CARD_" + suffix;
        json().body(bloodDonorProgramme(code, suffix))
                .when()
                .post("/benefit-programmes")
                .then()
                .statusCode(201);
        json().body(rule(
                        "2025-01-01",
                        bloodDonorCriteria(card),
                        Map.of(
                                "RED_CROSS_" + suffix,
                                condition("householdStatus", "in", List.of("DIBAO", "TEKUN", "LOW_INCOME"), "困难家庭"))))
                .when()
                .post("/benefit-programmes/" + code + "/rules")
                .then()
                .statusCode(201);
        return new BloodDonors(code, card, "HEALTH_CHECK_" + suffix, "MUSEUM_" + suffix, "RED_CROSS_" + suffix);
    }

    record BloodDonors(String code, String card, String healthCheck, String museum, String redCross) {

        /** The facts of a donor who qualifies. */
        List<Map<String, Object>> donorFacts() {
            return new ArrayList<>(List.of(
                    fact("honour", "BLOOD_DONATION_GOLD", "2024-06-14"),
                    fact("card", card, "2025-01-01"),
                    fact("residenceRegion", "350502", null)));
        }
    }

    static Map<String, Object> fact(String type, String value, String validFrom) {
        Map<String, Object> fact = new HashMap<>();
        fact.put("type", type);
        fact.put("value", value);
        fact.put("source", "泉州市中心血站");
        if (validFrom != null) {
            fact.put("validFrom", validFrom);
        }
        return fact;
    }

    /** A valid, unique 18-character national ID number of someone born on {@code birthDate} in 丰泽区. */
    static String nationalId(LocalDate birthDate) {
        int sequence = SEQUENCE.incrementAndGet();
        LocalDate born = birthDate.plusDays(sequence / 1000);
        String body = "350503" + born.toString().replace("-", "") + String.format("%03d", sequence % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    static String nationalId() {
        return nationalId(LocalDate.of(1985, 3, 14));
    }

    static Map<String, Object> citizenBody(String name, String nationalId, List<Map<String, Object>> facts) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("nationalIdNumber", nationalId);
        body.put("phone", "13812345678");
        body.put("facts", facts);
        return body;
    }

    static String citizen(List<Map<String, Object>> facts) {
        return json().body(citizenBody("林小梅", nationalId(), facts))
                .when()
                .post("/citizens")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
