package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.civic.gateway.StubServices.Answer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's access log: one line per request naming the operation and the caller, never its secrets or data. */
@QuarkusTest
class AccessLogTest {

    final List<String> lines = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            Object[] parameters = record.getParameters();
            lines.add(parameters == null ? message : String.format(message, parameters));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        Staff.actAsNobody();
        StubServices.clearAll();
        Logger access = Logger.getLogger("org.civic.gateway.access");
        access.setLevel(
                Level.INFO); // the test profile keeps the access log quiet (the fuzz test alone would write 9,000
        // lines)
        access.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger access = Logger.getLogger("org.civic.gateway.access");
        access.removeHandler(capture);
        access.setLevel(Level.WARNING);
    }

    String lineFor(String requestId) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            for (String line : lines) {
                if (line.endsWith("req=" + requestId)) {
                    return line;
                }
            }
            Thread.sleep(20); // the line is written when the response has ended, on the event loop
        }
        throw new AssertionError("no access log line for " + requestId + " in " + lines);
    }

    @Test
    void aPassThroughCallIsLoggedByTemplateStatusAndCallerWithoutItsKeyOrQuery() throws Exception {
        String project = UUID.randomUUID().toString();
        StubServices.registry.answer("GET /projects/" + project, json(200, "{\"id\":\"" + project + "\"}"));
        String key = given().auth()
                .oauth2(Staff.token("alice", "admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "晚报 app", "scopes", List.of("public:read"), "ratePerMinute", 100))
                .when()
                .post("/api/v1/admin/clients")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
        given().header("X-API-Key", key)
                .header("X-Request-Id", "log-1")
                .queryParam("q", "长者食堂")
                .when()
                .get("/api/v1/projects/" + project)
                .then()
                .statusCode(200);
        String line = lineFor("log-1");
        assertTrue(line.startsWith("GET /api/v1/projects/{id} 200 "), line);
        assertTrue(line.contains("client=\"client:晚报 app\""), line);
        for (String secretOrData : List.of(key, project, "长者食堂", "?")) {
            assertFalse(line.contains(secretOrData), secretOrData + " in " + line);
        }
    }

    @Test
    void refusalsAndTheGatewaysOwnOperationsAreLoggedToo() throws Exception {
        String token = Staff.token("bob", "dashboard");
        given().auth()
                .oauth2(token)
                .header("X-Request-Id", "log-2")
                .when()
                .get("/api/v1/admin/clients")
                .then()
                .statusCode(403);
        String refused = lineFor("log-2");
        assertTrue(refused.startsWith("GET /api/v1/admin/clients 403 "), refused);
        assertTrue(refused.contains("client=\"staff:bob\""), refused);
        assertFalse(refused.contains(token), refused);

        given().header("X-Request-Id", "log-3")
                .when()
                .get("/api/v1/citizens/" + UUID.randomUUID() + "/passes")
                .then()
                .statusCode(401);
        String anonymous = lineFor("log-3");
        assertEquals("GET /api/v1/citizens/{id}/passes 401", anonymous.substring(0, anonymous.indexOf(" 401 ") + 4));
        assertTrue(anonymous.contains("client=-"), anonymous);
    }
}
