package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.civic.gateway.StubServices.Answer.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civic.gateway.StubServices.Answer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hostile public edge: path tricks, credential floods, odd staff tokens, headers, and views that fail honestly. */
@QuarkusTest
class PublicEdgeTest {

    final String admin = Staff.token("alice", "admin");
    final String project = UUID.randomUUID().toString();
    final String programme = UUID.randomUUID().toString();

    @BeforeEach
    void reset() {
        Staff.actAsNobody();
        StubServices.clearAll();
    }

    String apiKey(String scope) {
        return given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "edge app " + scope, "scopes", List.of(scope), "ratePerMinute", 1000))
                .when()
                .post("/api/v1/admin/clients")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }

    @Test
    void pathTricksAreRefusedBeforeAnyServiceSeesThem() {
        String key = apiKey("public:read");
        for (String trick : List.of(
                "projects/..%2F..%2Fq%2Fmetrics",
                "projects/%2e%2e/%2e%2e/q/openapi",
                "projects/..%5C..%5Cq%5Chealth",
                "projects/a%00b",
                "projects/a%0Ab",
                "projects/x;v=1",
                "projects/%C0%AF",
                "regions/%2e")) {
            given().urlEncodingEnabled(false)
                    .header("X-API-Key", key)
                    .when()
                    .get("/api/v1/" + trick)
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("path"));
        }
        assertTrue(
                StubServices.registry.received().isEmpty(),
                () -> "the registry saw " + StubServices.registry.received());
    }

    @Test
    void theForwardedPathIsTheOneThatWasRouted() {
        String key = apiKey("public:read");
        StubServices.registry.answer("GET /projects", json(200, "{\"items\":[]}"));
        given().urlEncodingEnabled(false)
                .header("X-API-Key", key)
                .when()
                .get("/api/v1/projects/%E9%A3%9F%E5%A0%82")
                .then()
                .statusCode(404);
        given().urlEncodingEnabled(false)
                .header("X-API-Key", key)
                .when()
                .get("/api/v1/projects?q=%E9%A3%9F+1&size=2")
                .then()
                .statusCode(200);
        List<String> paths = StubServices.registry.received().stream()
                .map(StubServices.Received::path)
                .toList();
        assertEquals(List.of("/projects/%E9%A3%9F%E5%A0%82", "/projects?q=%E9%A3%9F+1&size=2"), paths);
    }

    /** Requests from another loopback address, so that a flood from "there" is told apart from this test's others. */
    static RequestSpecification from(String address) throws UnknownHostException {
        return given().config(RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", InetAddress.getByName(address))));
    }

    @Test
    void aFloodOfGuessedKeysIsCutOffPerAddressWithoutTouchingOtherCallers() throws UnknownHostException {
        String key = apiKey("public:read");
        StubServices.registry.answer("GET /regions", json(200, "{\"items\":[]}"));
        from("127.0.0.2")
                .header("X-API-Key", key)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200);
        Response limited = null;
        for (int i = 0; i < 400 && limited == null; i++) {
            Response answer = from("127.0.0.2")
                    .header("X-API-Key", "civ_" + UUID.randomUUID().toString().replace("-", "") + "0123456789a")
                    .when()
                    .get("/api/v1/regions");
            assertTrue(answer.statusCode() == 401 || answer.statusCode() == 429, "status " + answer.statusCode());
            limited = answer.statusCode() == 429 ? answer : null;
        }
        assertTrue(limited != null, "no guessed key was rate-limited");
        limited.then()
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("without valid credentials"));
        // A key in use is answered from the cache, so the flood does not lock it out, nor staff, nor other addresses.
        from("127.0.0.2")
                .header("X-API-Key", key)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200);
        from("127.0.0.2")
                .auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200);
        from("127.0.0.3")
                .header("X-API-Key", "civ_guess")
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(401);
    }

    @Test
    void staffTokensThatLiveTooLongOrComeFromTheFutureAreRefused() {
        StubServices.registry.answer("GET /regions", json(200, "{\"items\":[]}"));
        String issuer = ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
        Instant now = Instant.now();
        String tenYears = Jwt.issuer(issuer)
                .upn("mallory")
                .groups(Set.of("admin"))
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofDays(3650)))
                .sign();
        String tomorrow = Jwt.issuer(issuer)
                .upn("mallory")
                .groups(Set.of("admin"))
                .issuedAt(now.plus(Duration.ofDays(1)))
                .expiresAt(now.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)))
                .sign();
        given().auth()
                .oauth2(tenYears)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("longer than 12 h"));
        given().auth()
                .oauth2(tomorrow)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(401)
                .body("detail", containsString("future"));
        String eightHours = Jwt.issuer(issuer)
                .upn("alice")
                .groups(Set.of("admin"))
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(8)))
                .sign();
        given().auth().oauth2(eightHours).when().get("/api/v1/regions").then().statusCode(200);
        assertEquals(1, StubServices.registry.received().size());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndCitizensDataIsNeverStored() {
        StubServices.registry.answer(
                "GET /regions",
                new Answer(
                        200, "application/json", "{\"items\":[]}", 0, Map.of("Cache-Control", "public, max-age=60")));
        StubServices.benefits.answer(
                "GET /citizens/c1",
                new Answer(
                        200,
                        "application/json",
                        "{\"id\":\"c1\"}",
                        0,
                        Map.of("Cache-Control", "public, max-age=60", "ETag", "\"3\"")));
        given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "public, max-age=60");
        given().auth()
                .oauth2(admin)
                .header("X-Purpose", "test")
                .when()
                .get("/api/v1/citizens/c1")
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("ETag", "\"3\"");
        given().when()
                .get("/api/v1/docs/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("http")));
        given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/admin/clients")
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store");
    }

    @Test
    void aServiceRefusingTheCallerRefusesTheViewWithItsOwnProblem() {
        String verifier = apiKey("benefits:verify");
        StubServices.registry.answer(
                "GET /programmes/" + programme,
                new Answer(
                        403,
                        "application/problem+json",
                        "{\"type\":\"urn:civic:problem:forbidden\",\"status\":403,\"detail\":\"needs reader\"}",
                        0,
                        Map.of()));
        given().header("X-API-Key", verifier)
                .when()
                .get("/api/v1/programmes/" + programme + "/dashboard")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("needs reader"));
        StubServices.registry.answer("GET /projects/" + project, json(200, "{\"id\":\"" + project + "\"}"));
        StubServices.progress.answer(
                "GET /projects/" + project + "/status",
                new Answer(
                        403,
                        "application/problem+json",
                        "{\"type\":\"urn:civic:problem:forbidden\",\"status\":403}",
                        0,
                        Map.of()));
        given().header("X-API-Key", verifier)
                .when()
                .get("/api/v1/projects/" + project + "/overview")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void degradedPartsSayWhatHappened() throws IOException {
        StubServices.registry.answer("GET /programmes/" + programme, json(200, "{\"id\":\"" + programme + "\"}"));
        StubServices.progress.answer("GET /programmes/" + programme + "/summary", json(500, "{}"));
        given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/programmes/" + programme + "/dashboard")
                .then()
                .statusCode(200)
                .body("degraded[0].part", equalTo("progress.summary"))
                .body("degraded[0].reason", equalTo("error"));
        StubServices.progress.answer(
                "GET /programmes/" + programme + "/summary", new Answer(200, "application/json", "{}", 4000, Map.of()));
        given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/programmes/" + programme + "/dashboard")
                .then()
                .statusCode(200)
                .body("degraded[0].reason", equalTo("timeout"));
        StubServices.benefits.down();
        try {
            given().auth()
                    .oauth2(admin)
                    .header("X-Purpose", "test")
                    .when()
                    .get("/api/v1/citizens/" + project + "/benefits")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("detail", containsString("unavailable"));
        } finally {
            StubServices.benefits.up();
        }
    }

    @Test
    void theOverviewAsksForMilestonesAndReportsAsOfItsDate() {
        StubServices.registry.answer("GET /projects/" + project, json(200, "{\"id\":\"" + project + "\"}"));
        StubServices.progress.answer("GET /projects/" + project + "/milestones", json(200, "[]"));
        StubServices.progress.answer("GET /projects/" + project + "/reports", json(200, "{\"items\":[]}"));
        StubServices.progress.answer("GET /projects/" + project + "/status", json(200, "{}"));
        given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/projects/" + project + "/overview?asOf=2024-10-31")
                .then()
                .statusCode(200)
                .body("asOf", equalTo("2024-10-31"));
        List<String> paths = StubServices.progress.received().stream()
                .map(StubServices.Received::path)
                .toList();
        assertTrue(
                paths.stream()
                        .filter(p -> p.contains("/milestones") || p.contains("/reports") || p.contains("/status"))
                        .allMatch(p -> p.contains("asOf=2024-10-31")),
                () -> paths.toString());
        assertEquals(3, paths.size(), () -> paths.toString());
    }

    @Test
    void jsonIsCompressedAndRevalidationDoesNotCountAgainstTheRate() {
        String key = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "slow app", "scopes", List.of("public:read"), "ratePerMinute", 3))
                .when()
                .post("/api/v1/admin/clients")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
        StubServices.registry.answer(
                "GET /regions",
                json(200, "{\"items\":[" + "{\"code\":\"350500\",\"name\":\"泉州市\"},".repeat(200) + "{}]}"));
        given().header("X-API-Key", key)
                .header("Accept-Encoding", "gzip")
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .body("items[0].name", equalTo("泉州市"));
        StubServices.registry.answer(
                "GET /projects/" + project, new Answer(304, "application/json", "", 0, Map.of("ETag", "\"7\"")));
        for (int i = 0; i < 6; i++) {
            given().header("X-API-Key", key)
                    .header("If-None-Match", "\"7\"")
                    .when()
                    .get("/api/v1/projects/" + project)
                    .then()
                    .statusCode(304);
        }
    }

    @Test
    void unknownPathsNeverBecomeMetricLabels() {
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(admin)
                    .when()
                    .get("/api/v1/admin/clients/probe-" + i)
                    .then()
                    .statusCode(405);
            given().auth()
                    .oauth2(admin)
                    .when()
                    .get("/nowhere/probe-" + i)
                    .then()
                    .statusCode(404);
        }
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(
                metrics.contains("probe-"),
                () -> "a raw path became a metric label: "
                        + metrics.lines()
                                .filter(line -> line.contains("probe-"))
                                .toList());
    }
}
