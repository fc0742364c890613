package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.civic.testsupport.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry failing: refused connections, 500s and a hanging server all end in a fast 503 that stores nothing; the
 * breaker they open lets a trial call through after a short delay. A registry refusing (401, 403, 404) is not failing.
 */
@QuarkusTest
@TestProfile(RegistryDownTest.FailingRegistry.class)
class RegistryDownTest {

    /*
     * One port for the whole JVM: the profile and the test class are loaded by different class loaders, so a plain
     * static would pick two ports and the stub would never be reached (every call a refused connection).
     */
    static final int PORT = Integer.parseInt(System.getProperties()
            .computeIfAbsent("progress.test.registry-stub-port", k -> String.valueOf(freePort()))
            .toString());
    static final AtomicReference<String> MODE = new AtomicReference<>("error");
    static HttpServer stub;

    public static class FailingRegistry implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.registry.url", "http://127.0.0.1:" + PORT);
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresDatabase.class, Map.of("service", "progressdown")));
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void closeBreakers() {
        breakers.resetAll();
    }

    @BeforeAll
    static void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        stub.setExecutor(Executors.newCachedThreadPool());
        stub.createContext("/", exchange -> {
            if (MODE.get().matches("4\\d\\d")) {
                byte[] body = ("{\"type\":\"urn:civic:problem:x\",\"status\":" + MODE.get()
                                + ",\"detail\":\"refused by the stub\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(Integer.parseInt(MODE.get()), body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
                return;
            }
            if ("hang".equals(MODE.get())) {
                try {
                    Thread.sleep(15_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        stub.start();
    }

    @AfterAll
    static void stopStub() {
        stub.stop(0);
    }

    @Test
    void writesGet503WithRetryAfterAndStoreNothing() {
        MODE.set("error");
        String project = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "STARTED", "actualDate", "2024-03-01"))
                .when()
                .post("/projects/" + project + "/milestones")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("type", equalTo("urn:civic:problem:service-unavailable"))
                .body("detail", containsString("registry"));
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2024-03-01"))
                .when()
                .post("/projects/" + project + "/reports")
                .then()
                .statusCode(503);
        given().when().get("/projects/" + project + "/status").then().statusCode(503);
        assertEquals(0L, count("milestone"));
        assertEquals(0L, count("report"));
    }

    @Test
    void withTheRegistryDownSummariesStillAnswerFromTheReadModelSayingHowOldThePlansAre() {
        MODE.set("error");
        UUID programme = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            sql("INSERT INTO plan_programme (id, version, state, data) VALUES ('" + programme + "', 0, 'PUBLISHED', '"
                    + "{\"id\":\"" + programme + "\",\"regionCode\":\"350582\",\"year\":2022,"
                    + "\"title\":\"晋江市2022年为民办实事项目\",\"state\":\"PUBLISHED\",\"domains\":[]}')");
            sql("INSERT INTO plan_project (id, version, programme_id, data) VALUES ('" + project + "', 0, '"
                    + programme + "', '{\"id\":\"" + project + "\",\"programmeId\":\"" + programme
                    + "\",\"code\":\"JJ-01\",\"title\":\"新增公办幼儿园学位\",\"domainCode\":\"EDU\",\"state\":\"ACTIVE\","
                    + "\"plannedStart\":\"2022-01-01\",\"plannedEnd\":\"2022-12-31\",\"indicators\":[]}')");
            sql("UPDATE plan_feed SET position = 10, synced_at = now() - interval '1 hour'");
        });
        try {
            String syncedAt = given().when()
                    .get("/programmes/" + programme + "/summary?asOf=2022-10-31")
                    .then()
                    .statusCode(200)
                    .body("projects", equalTo(1))
                    .extract()
                    .header("Plan-Synced-At");
            Instant plans = DateTimeFormatter.RFC_1123_DATE_TIME.parse(syncedAt, Instant::from);
            assertTrue(
                    Duration.between(plans, Instant.now()).toMinutes() >= 59,
                    "the answer says the plans are an hour old: " + syncedAt);
            given().when()
                    .get("/projects/" + project + "/status?asOf=2022-10-31")
                    .then()
                    .statusCode(200)
                    .header("Plan-Synced-At", equalTo(syncedAt));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                sql("DELETE FROM plan_project");
                sql("DELETE FROM plan_programme");
                sql("UPDATE plan_feed SET position = NULL, synced_at = NULL");
            });
        }
    }

    private void sql(String statement) {
        entityManager.createNativeQuery(statement).executeUpdate();
    }

    @Test
    void aHangingRegistryTimesOutInsteadOfHangingTheCaller() {
        MODE.set("hang");
        long started = System.nanoTime();
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2024-03-01"))
                .when()
                .post("/projects/" + UUID.randomUUID() + "/reports")
                .then()
                .statusCode(503);
        // One timed-out try (2 s) is not retried: the caller waits seconds, not the stub's 15 s (nor three tries').
        assertTrue((System.nanoTime() - started) / 1_000_000_000 < 10);
        assertEquals(0L, count("report"));
    }

    @Test
    void theRegistrysRefusalsAreTheCallersAnswerAndNeverOpenTheBreaker() {
        String project = UUID.randomUUID().toString();
        for (String status : List.of("401", "403", "404")) {
            MODE.set(status);
            for (int i = 0; i < 15; i++) {
                given().when()
                        .get("/projects/" + project + "/status")
                        .then()
                        .statusCode(Integer.parseInt(status))
                        .contentType("application/problem+json");
                given().queryParam("programmeId", UUID.randomUUID().toString())
                        .when()
                        .get("/status")
                        .then()
                        .statusCode(Integer.parseInt(status));
            }
            given().contentType(ContentType.JSON)
                    .body(Map.of("asOf", "2024-03-01"))
                    .when()
                    .post("/projects/" + project + "/reports")
                    .then()
                    .statusCode(Integer.parseInt(status));
            assertEquals(CircuitBreakerState.CLOSED, RegistryBreakerTest.state(breakers, "registry-projects"), status);
            assertEquals(CircuitBreakerState.CLOSED, RegistryBreakerTest.state(breakers, "registry-programme"), status);
        }
        MODE.set("403");
        given().when()
                .get("/projects/" + project + "/status")
                .then()
                .statusCode(403)
                .body("detail", containsString("refused by the stub"));
        assertEquals(0L, count("report"));
    }

    @Test
    void anOpenBreakerLetsATrialCallThroughAfterAFewSeconds() throws InterruptedException {
        MODE.set("error");
        String project = UUID.randomUUID().toString();
        for (int i = 0; i < 6; i++) {
            given().when().get("/projects/" + project + "/status").then().statusCode(503);
        }
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState("registry-projects"));
        MODE.set("404"); // the registry is back
        Thread.sleep(2500);
        given().when().get("/projects/" + project + "/status").then().statusCode(404);
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState("registry-projects"));
    }

    private long count(String table) {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from " + table)
                        .getSingleResult())
                .longValue();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
