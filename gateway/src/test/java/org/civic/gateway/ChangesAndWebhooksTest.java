package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.civic.gateway.service.WebhookDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merged change feed and webhooks, over the real registry and progress behind the gateway. */
@QuarkusTest
@TestProfile(RealSuite.class)
class ChangesAndWebhooksTest {

    static final String REGION = "411000";
    static final String CURSOR = "^r[0-9]+\\.p[0-9]+$";

    @Inject
    WebhookDispatcher dispatcher;

    /** One request a test receiver got. */
    record Received(String id, String timestamp, String signature, String body) {}

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** How many times the receiver still answers 500 to each event id before it takes it (204). */
    final AtomicInteger failuresPerEvent = new AtomicInteger();

    final Map<String, AtomicInteger> failedSoFar = new ConcurrentHashMap<>();

    static String department;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("Webhook-Id");
            received.add(new Received(
                    id,
                    exchange.getRequestHeaders().getFirst("Webhook-Timestamp"),
                    exchange.getRequestHeaders().getFirst("Webhook-Signature"),
                    body));
            int failed =
                    failedSoFar.computeIfAbsent(id, k -> new AtomicInteger()).getAndIncrement();
            exchange.sendResponseHeaders(failed < failuresPerEvent.get() ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
        if (department == null) {
            staff().contentType(ContentType.JSON)
                    .body(Map.of("code", REGION, "name", Map.of("zh", "许昌市"), "level", "CITY"))
                    .when()
                    .post("/api/v1/regions")
                    .then()
                    .statusCode(201);
            department = staff().contentType(ContentType.JSON)
                    .body(Map.of("code", "XC-ZJJ", "name", "许昌市住房和城乡建设局", "regionCode", REGION))
                    .when()
                    .post("/api/v1/departments")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void theMergedFeedCarriesBothSourcesInTheirCommitOrderWithCursorsThatContinue() {
        String start = head(null);
        String programme = programme("PUBLISHED");
        String project = project(programme, "XC-01");
        String report = approvedReport(project);

        List<Map<String, Object>> items = readAll(start, null);
        List<String> registry = ofSource(items, "registry");
        List<String> progress = ofSource(items, "progress");
        assertEquals(List.of("programme.created:" + programme, "project.created:" + project), registry);
        assertTrue(progress.contains("report.approved:" + report), progress.toString());
        // each source's positions rise; every item's cursor continues after it, and the last is the head
        for (String source : List.of("registry", "progress")) {
            List<Long> positions = items.stream()
                    .filter(i -> source.equals(i.get("source")))
                    .map(i -> Long.parseLong(((String) i.get("id")).substring(source.length() + 1)))
                    .toList();
            assertEquals(positions.stream().sorted().distinct().toList(), positions, source);
        }
        items.forEach(i -> assertTrue(((String) i.get("cursor")).matches(CURSOR), i.toString()));
        assertEquals(head(null), items.get(items.size() - 1).get("cursor"));
        Map<String, Object> approval = items.stream()
                .filter(i -> report.equals(i.get("entityId")))
                .findFirst()
                .orElseThrow();
        assertEquals("APPROVED", ((Map<?, ?>) approval.get("data")).get("state"));
        assertEquals(programme, approval.get("programmeId"));
        // a cursor from the middle gives exactly the rest
        String middle = (String) items.get(0).get("cursor");
        assertEquals(items.subList(1, items.size()), readAll(middle, null));
    }

    @Test
    void anApiClientNeverSeesADraftsChanges() {
        String key = apiClient("feed reader");
        String start = head(key);
        String draft = programme("DRAFT");
        String hidden = project(draft, "XC-D1");
        String published = programme("PUBLISHED");
        String visible = project(published, "XC-P1");

        List<String> seen = readAll(start, key).stream()
                .map(i -> (String) i.get("entityId"))
                .toList();
        assertTrue(seen.containsAll(List.of(published, visible)), seen.toString());
        assertFalse(seen.contains(draft) || seen.contains(hidden), seen.toString());
        List<String> seenByStaff = readAll(start, null).stream()
                .map(i -> (String) i.get("entityId"))
                .toList();
        assertTrue(seenByStaff.containsAll(List.of(draft, hidden)), seenByStaff.toString());
    }

    @Test
    void aCursorThatIsNotOneTheFeedGaveIsA400NamingIt() {
        for (String bad : List.of("abc", "r1", "r1.p", "p1.r2", "r-1.p2", "r1.p2.q3")) {
            staff().queryParam("after", bad)
                    .when()
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("after"));
        }
        staff().queryParam("limit", "1001")
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void aWebhookGetsEachEventSignedAndRetriedWithTheSameIdUntilItIsTaken() throws Exception {
        String key = apiClient("news app");
        failuresPerEvent.set(2);
        JsonPath created = given().header("X-API-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("url", hookUrl(), "events", List.of("project.created")))
                .when()
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .body("secret", matchesPattern("^whsec_[A-Za-z0-9_-]{43}$"))
                .extract()
                .jsonPath();
        String webhook = created.getString("id");
        String secret = created.getString("secret");
        given().header("X-API-Key", key)
                .when()
                .get("/api/v1/webhooks/" + webhook)
                .then()
                .statusCode(200)
                .body("secret", nullValue())
                .body("events", equalTo(List.of("project.created")));

        String hidden = project(programme("DRAFT"), "XC-W0");
        String project = project(programme("PUBLISHED"), "XC-W1");
        dispatcher.enqueue();
        Instant now = Instant.now();
        for (Duration later : List.of(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(2))) {
            dispatcher.deliverDue(now.plus(later));
        }

        List<Received> attempts =
                received.stream().filter(r -> r.body().contains(project)).toList();
        assertEquals(3, attempts.size(), received.toString());
        assertEquals(1, attempts.stream().map(Received::id).distinct().count(), "one event id on every attempt");
        assertTrue(attempts.get(0).id().startsWith("registry-"));
        for (Received attempt : attempts) {
            assertEquals(hmac(secret, attempt.timestamp() + "." + attempt.body()), attempt.signature());
            JsonPath body = JsonPath.from(attempt.body());
            assertEquals(attempt.id(), body.getString("id"));
            assertEquals("project.created", body.getString("type"));
            assertEquals("registry", body.getString("source"));
            assertEquals(project, body.getString("data.id"));
            assertTrue(body.getString("cursor").matches(CURSOR));
            assertNotNull(body.getString("recordedAt"));
        }
        assertTrue(received.stream().noneMatch(r -> r.body().contains(hidden)), "a draft's change is never sent");

        JsonPath log = given().header("X-API-Key", key)
                .when()
                .get("/api/v1/webhooks/" + webhook + "/deliveries")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "1")
                .extract()
                .jsonPath();
        assertEquals(attempts.get(0).id(), log.getString("items[0].eventId"));
        assertEquals("DELIVERED", log.getString("items[0].state"));
        assertEquals(3, log.getInt("items[0].attempts"));
        assertEquals(204, log.getInt("items[0].lastStatus"));

        // redelivered on request: the same event id and body again
        String delivery = log.getString("items[0].id");
        given().header("X-API-Key", key)
                .when()
                .post("/api/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/redeliver")
                .then()
                .statusCode(202)
                .body("state", equalTo("PENDING"));
        dispatcher.deliverDue(Instant.now().plus(Duration.ofHours(3)));
        List<Received> again =
                received.stream().filter(r -> r.body().contains(project)).toList();
        assertEquals(4, again.size());
        assertEquals(attempts.get(0).body(), again.get(3).body());
        assertEquals(attempts.get(0).id(), again.get(3).id());
    }

    @Test
    void aReceiverThatNeverTakesItIsRetriedWithDoublingDelaysThenFailedAfter24Hours() {
        String key = apiClient("broken app");
        failuresPerEvent.set(Integer.MAX_VALUE);
        String webhook = given().header("X-API-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("url", hookUrl(), "events", List.of("programme.*")))
                .when()
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        programme("PUBLISHED");
        dispatcher.enqueue();
        Instant first = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        dispatcher.deliverDue(first);
        JsonPath log = deliveries(key, webhook);
        assertEquals("PENDING", log.getString("items[0].state"));
        assertEquals(500, log.getInt("items[0].lastStatus"));
        assertEquals(first.plusSeconds(30), Instant.parse(log.getString("items[0].nextAttemptAt")));
        dispatcher.deliverDue(first.plusSeconds(30));
        assertEquals(
                first.plusSeconds(30 + 60),
                Instant.parse(deliveries(key, webhook).getString("items[0].nextAttemptAt")));
        dispatcher.deliverDue(first.plus(Duration.ofHours(25)));
        log = deliveries(key, webhook);
        assertEquals("FAILED", log.getString("items[0].state"));
        assertEquals(3, log.getInt("items[0].attempts"));
        assertNull(log.getString("items[0].nextAttemptAt"));
    }

    @Test
    void anotherClientCannotSeeChangeOrRedeliverSomeoneElsesWebhook() {
        String owner = apiClient("owner app");
        String other = apiClient("other app");
        String webhook = given().header("X-API-Key", owner)
                .contentType(ContentType.JSON)
                .body(Map.of("url", hookUrl(), "events", List.of("project.*")))
                .when()
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String someDelivery = "0f6b3c9e-2a4d-4c8e-9f1a-7b5d3e2c1a09";
        given().header("X-API-Key", other)
                .when()
                .get("/api/v1/webhooks/" + webhook)
                .then()
                .statusCode(404);
        given().header("X-API-Key", other)
                .when()
                .get("/api/v1/webhooks/" + webhook + "/deliveries")
                .then()
                .statusCode(404);
        given().header("X-API-Key", other)
                .when()
                .post("/api/v1/webhooks/" + webhook + "/deliveries/" + someDelivery + "/redeliver")
                .then()
                .statusCode(404);
        given().header("X-API-Key", other)
                .when()
                .delete("/api/v1/webhooks/" + webhook)
                .then()
                .statusCode(404);
        given().header("X-API-Key", other)
                .when()
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of()));
        given().header("X-API-Key", owner)
                .when()
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(webhook)));
        given().header("X-API-Key", owner)
                .when()
                .delete("/api/v1/webhooks/" + webhook)
                .then()
                .statusCode(204);
        given().header("X-API-Key", owner)
                .when()
                .get("/api/v1/webhooks/" + webhook)
                .then()
                .statusCode(404);
    }

    @Test
    void staffAndBadRegistrationsAreRefusedNamingWhy() {
        staff().contentType(ContentType.JSON)
                .body(Map.of("url", hookUrl(), "events", List.of("project.*")))
                .when()
                .post("/api/v1/webhooks")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        String key = apiClient("careless app");
        given().header("X-API-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("url", "file:///etc/passwd", "events", List.of("project.*")))
                .when()
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("url"))
                .body("violations[0].message", equalTo("must be an http or https URL"));
        given().header("X-API-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("url", hookUrl(), "events", List.of("PROJECT")))
                .when()
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("violations[0].field", matchesPattern("^events.*"));
    }

    private JsonPath deliveries(String key, String webhook) {
        return given().header("X-API-Key", key)
                .when()
                .get("/api/v1/webhooks/" + webhook + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static List<String> ofSource(List<Map<String, Object>> items, String source) {
        return items.stream()
                .filter(i -> source.equals(i.get("source")))
                .map(i -> i.get("type") + ":" + i.get("entityId"))
                .toList();
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v1=" + HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** As staff when {@code key} is null, else as that API client. */
    private static RequestSpecification as(String key) {
        return key == null ? staff() : given().header("X-API-Key", key);
    }

    /** As an admin (a request carries either a staff token or an API key, never both). */
    private static RequestSpecification staff() {
        return given().header("Authorization", "Bearer " + Staff.token("test-admin", "admin"));
    }

    private static String head(String key) {
        return as(key).when()
                .get("/api/v1/changes/head")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("next", matchesPattern(CURSOR))
                .extract()
                .path("next");
    }

    /** Every change after {@code cursor}, in pages of 2, following `next`. */
    private static List<Map<String, Object>> readAll(String cursor, String key) {
        List<Map<String, Object>> items = new ArrayList<>();
        while (true) {
            JsonPath page = as(key).queryParam("after", cursor)
                    .queryParam("limit", 2)
                    .when()
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> batch = page.getList("items");
            if (batch.isEmpty()) {
                assertEquals(cursor, page.getString("next"));
                return items;
            }
            items.addAll(batch);
            cursor = page.getString("next");
        }
    }

    private static String apiClient(String name) {
        return staff().contentType(ContentType.JSON)
                .body(Map.of("name", name, "scopes", List.of("public:read"), "ratePerMinute", 6000))
                .when()
                .post("/api/v1/admin/clients")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }

    private static String programme(String state) {
        return staff().contentType(ContentType.JSON)
                .body(Map.of(
                        "regionCode",
                        REGION,
                        "year",
                        2024,
                        "title",
                        "许昌市2024年民生实事",
                        "state",
                        state,
                        "domains",
                        List.of(Map.of("code", "CITY", "name", "城市建设"))))
                .when()
                .post("/api/v1/programmes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String project(String programme, String code) {
        return staff().contentType(ContentType.JSON)
                .body(Map.of(
                        "programmeId",
                        programme,
                        "code",
                        code,
                        "title",
                        "停车泊位",
                        "domainCode",
                        "CITY",
                        "leadDepartmentId",
                        department,
                        "plannedStart",
                        "2024-01-01",
                        "plannedEnd",
                        "2024-12-31",
                        "indicators",
                        List.of(Map.of(
                                "key",
                                "spaces",
                                "name",
                                "停车泊位",
                                "unit",
                                "个",
                                "target",
                                3000,
                                "direction",
                                "INCREASE",
                                "cumulative",
                                true))))
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String approvedReport(String project) {
        String report = staff().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2024-06-30", "actuals", List.of(Map.of("key", "spaces", "value", 1200))))
                .when()
                .post("/api/v1/projects/" + project + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        staff().when().post("/api/v1/reports/" + report + "/submit").then().statusCode(200);
        staff().when().post("/api/v1/reports/" + report + "/approve").then().statusCode(200);
        return report;
    }
}
