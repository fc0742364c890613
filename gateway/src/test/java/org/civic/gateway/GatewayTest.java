package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.civic.gateway.StubServices.Answer.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.civic.gateway.StubServices.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GatewayTest {

    final String project = UUID.randomUUID().toString();
    final String programme = UUID.randomUUID().toString();

    @AfterEach
    void signOut() {
        Staff.actAsNobody();
    }

    @BeforeEach
    void reset() {
        Staff.actAsAdmin();
        StubServices.clearAll();
    }

    void projectExists() {
        StubServices.registry.answer(
                "GET /projects/" + project,
                json(200, "{\"id\":\"" + project + "\",\"code\":\"QZ-1\",\"title\":\"建设长者食堂\"}"));
    }

    void progressAnswers() {
        StubServices.progress.answer("GET /projects/" + project + "/milestones", json(200, "[{\"code\":\"STARTED\"}]"));
        StubServices.progress.answer(
                "GET /projects/" + project + "/reports",
                json(200, "{\"items\":[{\"asOf\":\"2024-09-30\"}],\"total\":1}"));
        StubServices.progress.answer(
                "GET /projects/" + project + "/status", json(200, "{\"phase\":\"STARTED\",\"health\":\"ON_TRACK\"}"));
    }

    @Test
    void passThroughKeepsStatusBodyAndHeadersAndRewritesLocations() {
        StubServices.registry.answer(
                "POST /projects",
                new Answer(
                        201,
                        "application/json",
                        "{\"id\":\"" + project + "\"}",
                        0,
                        Map.of(
                                "Location",
                                "{self}/projects/" + project,
                                "ETag",
                                "\"0\"",
                                "Idempotent-Replayed",
                                "true")));
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "k-1")
                .header("X-Request-Id", "gw-test-1")
                .body("{\"title\":\"长者食堂\"}")
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .header("Location", "/api/v1/projects/" + project)
                .header("ETag", "\"0\"")
                .header("X-Request-Id", "gw-test-1")
                .body("id", equalTo(project));
        var received = StubServices.registry.received().get(0);
        assertEquals("k-1", received.headers().get("Idempotency-key").get(0));
        assertEquals("gw-test-1", received.headers().get("X-request-id").get(0));
        assertTrue(received.body().contains("长者食堂"));
        StubServices.progress.answer(
                "POST /reports/" + project + "/approve",
                new Answer(
                        409,
                        "application/problem+json",
                        "{\"type\":\"urn:civic:problem:report-state\",\"status\":409}",
                        0,
                        Map.of()));
        given().when()
                .post("/api/v1/reports/" + project + "/approve")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:report-state"));
        StubServices.registry.answer(
                "GET /projects",
                new Answer(
                        200,
                        "application/json",
                        "{\"items\":[]}",
                        0,
                        Map.of("Link", "</projects?page=1&size=2>; rel=\"next\"")));
        given().when()
                .get("/api/v1/projects?size=2")
                .then()
                .statusCode(200)
                .header("Link", "</api/v1/projects?page=1&size=2>; rel=\"next\"");
        assertEquals(
                "/projects?size=2",
                StubServices.registry
                        .received()
                        .get(StubServices.registry.received().size() - 1)
                        .path());
    }

    @Test
    void aServiceThatFailsOrHangsGetsAProblemNotAHangingSocket() {
        StubServices.benefits.resetConnections(true);
        given().when()
                .get("/api/v1/citizens/" + project)
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        StubServices.registry.answer("GET /regions", new Answer(200, "application/json", "[]", 5000, Map.of()));
        given().when()
                .get("/api/v1/regions")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:upstream-timeout"));
        given().when().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theOverviewFansOutAndReportsWhatItHas() {
        projectExists();
        progressAnswers();
        String tag = given().when()
                .get("/api/v1/projects/" + project + "/overview")
                .then()
                .statusCode(200)
                .body("project.code", equalTo("QZ-1"))
                .body("milestones[0].code", equalTo("STARTED"))
                .body("latestApprovedReport.asOf", equalTo("2024-09-30"))
                .body("status.health", equalTo("ON_TRACK"))
                .body("degraded", emptyIterable())
                .extract()
                .header("ETag");
        given().header("If-None-Match", tag)
                .when()
                .get("/api/v1/projects/" + project + "/overview")
                .then()
                .statusCode(304);
    }

    @Test
    void aFailingOptionalPartIsNullAndListedAndNotCached() {
        projectExists();
        progressAnswers();
        StubServices.progress.answer("GET /projects/" + project + "/status", json(500, "{}"));
        StubServices.progress.answer(
                "GET /projects/" + project + "/milestones", new Answer(200, "application/json", "[]", 4000, Map.of()));
        given().when()
                .get("/api/v1/projects/" + project + "/overview")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("ETag", nullValue())
                .body("project.code", equalTo("QZ-1"))
                .body("status", nullValue())
                .body("milestones", nullValue())
                .body("latestApprovedReport.asOf", equalTo("2024-09-30"))
                .body("degraded.part", hasItem("progress.status"))
                .body("degraded.part", hasItem("progress.milestones"))
                .body("degraded.find { it.part == 'progress.milestones' }.reason", equalTo("timeout"));
    }

    @Test
    void aFailingRequiredPartIsAProblemWithRetryAfter() {
        progressAnswers();
        StubServices.registry.answer("GET /projects/" + project, json(500, "{}"));
        given().when()
                .get("/api/v1/projects/" + project + "/overview")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .header("Retry-After", "5");
        StubServices.registry.clear();
        given().when()
                .get("/api/v1/projects/" + project + "/overview")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRequiredPartThatDoesNotAnswerInTimeIsA504WithRetryAfter() {
        progressAnswers();
        StubServices.registry.answer(
                "GET /projects/" + project,
                new Answer(200, "application/json", "{\"id\":\"" + project + "\"}", 4000, Map.of()));
        given().when()
                .get("/api/v1/projects/" + project + "/overview")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:civic:problem:upstream-timeout"));
    }

    @Test
    void theDashboardCombinesRegistryAndProgress() {
        StubServices.registry.answer(
                "GET /programmes/" + programme,
                json(
                        200,
                        "{\"id\":\"" + programme + "\",\"title\":\"晋江\",\"plannedTotalInvestment\":\"553000000.00\"}"));
        StubServices.progress.answer(
                "GET /programmes/" + programme + "/summary",
                json(
                        200,
                        "{\"byPhase\":{\"COMPLETED\":1},\"plannedInvestment\":300.50,"
                                + "\"byDistrict\":[{\"key\":\"350582\",\"projects\":2,\"delayed\":1}],"
                                + "\"delayed\":[{\"projectId\":\"b\",\"title\":\"乙\"}]}"));
        given().queryParam("asOf", "2022-10-31")
                .when()
                .get("/api/v1/programmes/" + programme + "/dashboard")
                .then()
                .statusCode(200)
                .body("programme.title", equalTo("晋江"))
                .body("figures.byPhase.COMPLETED", equalTo(1))
                .body("investment.plannedTotal", equalTo("553000000.00"))
                .body("investment.plannedInProjects", equalTo("300.50")) // the suite's one money format
                .body("figures.byDistrict[0].delayed", equalTo(1))
                .body("figures.delayed[0].title", equalTo("乙"))
                .body("degraded", emptyIterable());
        assertTrue(StubServices.progress.received().get(0).path().contains("asOf=2022-10-31"));
        StubServices.progress.clear();
        given().when()
                .get("/api/v1/programmes/" + programme + "/dashboard")
                .then()
                .statusCode(200)
                .body("figures", nullValue())
                .body("degraded", emptyIterable());
        StubServices.progress.answer("GET /programmes/" + programme + "/summary", json(503, "{}"));
        given().when()
                .get("/api/v1/programmes/" + programme + "/dashboard")
                .then()
                .statusCode(200)
                .body("degraded[0].part", equalTo("progress.summary"))
                .header("Cache-Control", containsString("no-store"));
        given().queryParam("asOf", "2999-01-01")
                .when()
                .get("/api/v1/programmes/" + programme + "/dashboard")
                .then()
                .statusCode(400);
    }

    @Test
    void aCitizensBenefitsCombineEligibilityAndRecentUseAndPassTheStatedPurpose() throws Exception {
        String citizen = UUID.randomUUID().toString();
        StubServices.benefits.answer(
                "GET /citizens/" + citizen + "/eligibility",
                json(
                        200,
                        "{\"programmes\":[{\"programmeCode\":\"QZ-BLOOD-DONOR-2025\",\"outcome\":\"ELIGIBLE\","
                                + "\"benefits\":[{\"benefitCode\":\"HEALTH_CHECK\",\"quota\":{\"remaining\":0}}]}]}"));
        StubServices.benefits.answer(
                "GET /citizens/" + citizen + "/redemptions",
                json(200, "{\"items\":[{\"benefitCode\":\"HEALTH_CHECK\"}],\"total\":1}"));
        given().header("X-Purpose", "counter service")
                .queryParam("asOf", "2025-06-01")
                .when()
                .get("/api/v1/citizens/" + citizen + "/benefits")
                .then()
                .statusCode(200)
                .body("eligibility.programmes[0].benefits[0].quota.remaining", equalTo(0))
                .body("recentRedemptions[0].benefitCode", equalTo("HEALTH_CHECK"))
                .body("degraded", emptyIterable());
        var received = StubServices.benefits.received().get(0);
        assertEquals("counter service", received.headers().get("X-purpose").get(0));
        // The service reads as the verified caller, whose identity the gateway signed.
        assertEquals("staff:test-admin", ForwardedIdentity.of(received).getClaimValue("upn"));
        StubServices.benefits.answer("GET /citizens/" + citizen + "/redemptions", json(500, "{}"));
        given().header("X-Purpose", "counter service")
                .when()
                .get("/api/v1/citizens/" + citizen + "/benefits")
                .then()
                .statusCode(200)
                .body("recentRedemptions", nullValue())
                .body("degraded[0].part", equalTo("benefits.redemptions"));
        StubServices.benefits.answer(
                "GET /citizens/" + citizen + "/eligibility",
                new Answer(
                        400,
                        "application/problem+json",
                        "{\"type\":\"urn:civic:problem:validation\",\"status\":400,\"violations\":[{\"field\":\"X-Purpose\"}]}",
                        0,
                        Map.of()));
        given().when()
                .get("/api/v1/citizens/" + citizen + "/benefits")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("X-Purpose"));
        given().header("X-Purpose", "x")
                .when()
                .get("/api/v1/citizens/" + UUID.randomUUID() + "/benefits")
                .then()
                .statusCode(404);
    }
}
