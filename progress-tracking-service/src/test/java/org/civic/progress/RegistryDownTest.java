package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.civic.testsupport.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The registry failing: refused connections, 500s and a hanging server all end in a fast 503 that stores nothing. */
@QuarkusTest
@TestProfile(RegistryDownTest.FailingRegistry.class)
class RegistryDownTest {

    static final int PORT = freePort();
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

    @BeforeAll
    static void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        stub.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        stub.createContext("/", exchange -> {
            if ("hang".equals(MODE.get())) {
                try {
                    Thread.sleep(8000);
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
        given().contentType(ContentType.JSON).body(Map.of("code", "STARTED", "actualDate", "2024-03-01"))
                .when().post("/projects/" + project + "/milestones").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "10")
                .body("type", equalTo("urn:civic:problem:service-unavailable"))
                .body("detail", containsString("registry"));
        given().contentType(ContentType.JSON).body(Map.of("asOf", "2024-03-01"))
                .when().post("/projects/" + project + "/reports").then().statusCode(503);
        given().when().get("/projects/" + project + "/status").then().statusCode(503);
        assertEquals(0L, count("milestone"));
        assertEquals(0L, count("report"));
    }

    @Test
    void aHangingRegistryTimesOutInsteadOfHangingTheCaller() {
        MODE.set("hang");
        long started = System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("asOf", "2024-03-01"))
                .when().post("/projects/" + UUID.randomUUID() + "/reports").then().statusCode(503);
        // The registry client's read timeout and the @Timeout bound the wait well below the stub's 8 s.
        org.junit.jupiter.api.Assertions.assertTrue((System.nanoTime() - started) / 1_000_000_000 < 8);
        assertEquals(0L, count("report"));
    }

    private long count(String table) {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
