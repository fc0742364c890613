package org.civic.benefits;

import static org.civic.benefits.BenefitsFixtures.bloodDonors;
import static org.civic.benefits.BenefitsFixtures.citizen;
import static org.civic.benefits.BenefitsFixtures.fact;
import static org.civic.benefits.BenefitsFixtures.json;
import static org.civic.benefits.BenefitsFixtures.reading;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civic.testsupport.PrometheusMetrics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RedemptionTest {

    @Inject
    EntityManager entityManager;

    static Map<String, Object> redemption(String benefitCode, String siteCategory, String occurredAt) {
        Map<String, Object> body = new HashMap<>(
                Map.of("benefitCode", benefitCode, "siteId", "QZ-CHC-FENGZE-01", "siteCategory", siteCategory));
        if (occurredAt != null) {
            body.put("occurredAt", occurredAt);
        }
        return body;
    }

    @Test
    void ofTwoHundredConcurrentRequestsForTheYearlyHealthCheckExactlyOneSucceeds() throws Exception {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        Map<String, String> api = Map.of("benefit", donors.healthCheck(), "channel", "API");
        double redeemedBefore = redemptions(api, "redeemed");
        double exhaustedBefore = redemptions(api, "quota-exhausted");
        int requests = 200;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String key = "health-check-" + donor + "-" + i;
            results.add(pool.submit(() -> {
                start.await();
                return json().header("Idempotency-Key", key)
                        .body(redemption(donors.healthCheck(), "COMMUNITY_HEALTH_CENTRE", null))
                        .when()
                        .post("/citizens/" + donor + "/redemptions")
                        .then()
                        .extract()
                        .response();
            }));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> result : results) {
            responses.add(result.get());
        }
        pool.shutdown();
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(requests - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        String winner = responses.stream()
                .filter(r -> r.statusCode() == 201)
                .findFirst()
                .orElseThrow()
                .path("id");
        for (Response refused :
                responses.stream().filter(r -> r.statusCode() == 409).toList()) {
            assertEquals("urn:civic:problem:quota-exhausted", refused.path("type"));
            assertEquals(winner, refused.path("earlierRedemption.id"), "the 409 names the earlier use");
        }
        assertEquals(1L, count("SELECT count(*) FROM redemption WHERE citizen_id = CAST(:id AS uuid)", donor));
        assertEquals(1L, count("SELECT sum(used) FROM quota_counter WHERE citizen_id = CAST(:id AS uuid)", donor));
        assertEquals(
                1, redemptions(api, "redeemed") - redeemedBefore, "civic_redemptions_total counts the committed use");
        assertEquals(requests - 1, redemptions(api, "quota-exhausted") - exhaustedBefore);
    }

    static double redemptions(Map<String, String> labels, String outcome) {
        Map<String, String> all = new HashMap<>(labels);
        all.put("outcome", outcome);
        return PrometheusMetrics.value("civic_redemptions_total", all);
    }

    @Test
    void aRetryWithTheSameKeyReplaysAndTheQuotaCountsPerCalendarYear() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        String path = "/citizens/" + donor + "/redemptions";
        Map<String, Object> body =
                redemption(donors.healthCheck(), "COMMUNITY_HEALTH_CENTRE", "2025-03-10T09:30:00+08:00");
        String id = json().header("Idempotency-Key", "hc-2025")
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .header("Location", nullValue()) // a use is read through the list
                .body("period", equalTo("2025"))
                .body("sequenceInPeriod", equalTo(1))
                .body("channel", equalTo("API"))
                .extract()
                .path("id");
        json().header("Idempotency-Key", "hc-2025")
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", nullValue())
                .body("id", equalTo(id));
        json().header("Idempotency-Key", "hc-2025-again")
                .body(redemption(donors.healthCheck(), "COMMUNITY_HEALTH_CENTRE", "2025-11-30T10:00:00+08:00"))
                .when()
                .post(path)
                .then()
                .statusCode(409)
                .body("detail", containsString("2025"))
                .body("earlierRedemption.id", equalTo(id))
                .body("earlierRedemption.occurredAt", equalTo("2025-03-10T01:30:00Z"));
        // 2025-12-31T20:00 in UTC is already 2026 in 泉州: a new year, a new health check.
        json().body(redemption(donors.healthCheck(), "COMMUNITY_HEALTH_CENTRE", "2025-12-31T20:00:00Z"))
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .body("period", equalTo("2026"));
        for (int i = 0; i < 3; i++) {
            json().body(redemption(donors.museum(), "GOV_MUSEUM_CULTURE", null))
                    .when()
                    .post(path)
                    .then()
                    .statusCode(201)
                    .body("period", equalTo("-"));
        }
        reading()
                .queryParam("size", 2)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .header("X-Total-Count", "5")
                .body("items.benefitCode", hasItem(donors.museum()));
        assertEquals(5L, count("SELECT count(*) FROM redemption WHERE citizen_id = CAST(:id AS uuid)", donor));
    }

    @Test
    void onlyAnEligibleCitizenAtACoveredSiteAndNeverInTheFuture() {
        BenefitsFixtures.BloodDonors donors = bloodDonors();
        String donor = citizen(donors.donorFacts());
        String path = "/citizens/" + donor + "/redemptions";
        json().body(redemption(donors.healthCheck(), "GOV_PARK_SCENIC", null))
                .when()
                .post(path)
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:civic:problem:site-category-not-covered"));
        json().body(redemption(donors.healthCheck(), "COMMUNITY_HEALTH_CENTRE", "2024-12-31T10:00:00+08:00"))
                .when()
                .post(path)
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:civic:problem:not-eligible"));
        json().body(redemption(donors.redCross(), "RED_CROSS", null))
                .when()
                .post(path)
                .then()
                .statusCode(422)
                .body("outcome", equalTo("UNDETERMINED"))
                .body("missingFacts", equalTo(List.of("householdStatus")));
        json().body(redemption(
                        donors.healthCheck(),
                        "COMMUNITY_HEALTH_CENTRE",
                        OffsetDateTime.now().plusDays(1).toString()))
                .when()
                .post(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("occurredAt"));
        json().body(redemption("NO_SUCH_BENEFIT", "COMMUNITY_HEALTH_CENTRE", null))
                .when()
                .post(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("benefitCode"));
        json().body(redemption(donors.healthCheck(), "SPACEPORT", null))
                .when()
                .post(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("siteCategory"));
        json().body(Map.of("benefitCode", donors.healthCheck(), "siteCategory", "COMMUNITY_HEALTH_CENTRE"))
                .when()
                .post(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("siteId"));
        String stranger = citizen(List.of(fact("residenceRegion", "350502", null)));
        json().body(redemption(donors.museum(), "GOV_MUSEUM_CULTURE", null))
                .when()
                .post("/citizens/" + stranger + "/redemptions")
                .then()
                .statusCode(422)
                .body("outcome", equalTo("UNDETERMINED"));
        json().body(redemption(donors.museum(), "GOV_MUSEUM_CULTURE", null))
                .when()
                .post("/citizens/00000000-0000-0000-0000-000000000000/redemptions")
                .then()
                .statusCode(404);
        assertEquals(0L, count("SELECT count(*) FROM redemption WHERE citizen_id = CAST(:id AS uuid)", donor));
    }

    private long count(String sql, String citizenId) {
        Object value = entityManager
                .createNativeQuery(sql)
                .setParameter("id", citizenId)
                .getSingleResult();
        return value == null ? 0 : ((Number) value).longValue();
    }
}
