package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.civic.gateway.StubServices.Answer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civic.gateway.StubServices.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The id a caller sees on its answer is the id every service was asked with, for views as for the pass-through. */
@QuarkusTest
class RequestIdForwardingTest {

    final String project = UUID.randomUUID().toString();

    @BeforeEach
    void reset() {
        Staff.actAsAdmin();
        StubServices.clearAll();
    }

    @AfterEach
    void signOut() {
        Staff.actAsNobody();
    }

    @Test
    void everyPartOfAViewIsAskedWithTheCallersRequestId() {
        StubServices.registry.answer(
                "GET /projects/" + project, json(200, "{\"id\":\"" + project + "\",\"title\":\"建设长者食堂\"}"));
        StubServices.progress.answer("GET /projects/" + project + "/milestones", json(200, "[]"));
        StubServices.progress.answer("GET /projects/" + project + "/reports", json(200, "{\"items\":[],\"total\":0}"));
        StubServices.progress.answer("GET /projects/" + project + "/status", json(200, "{\"phase\":\"STARTED\"}"));
        given().header("X-Request-Id", "app-trace-42")
                .when()
                .get("/api/v1/projects/" + project + "/overview")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "app-trace-42");
        List<Received> calls = new ArrayList<>(StubServices.registry.received());
        calls.addAll(StubServices.progress.received());
        assertEquals(4, calls.size(), calls.toString());
        calls.forEach(
                call -> assertEquals(List.of("app-trace-42"), call.headers().get("X-request-id"), call.path()));
    }

    @Test
    void aViewWithoutACallersIdUsesTheOneItAnswersWith() {
        StubServices.registry.answer("GET /projects/" + project, json(200, "{\"id\":\"" + project + "\"}"));
        StubServices.progress.answer("GET /projects/" + project + "/milestones", json(200, "[]"));
        StubServices.progress.answer("GET /projects/" + project + "/reports", json(200, "{\"items\":[],\"total\":0}"));
        StubServices.progress.answer("GET /projects/" + project + "/status", json(200, "{}"));
        String answered = given().when()
                .get("/api/v1/projects/" + project + "/overview")
                .then()
                .statusCode(200)
                .extract()
                .header("X-Request-Id");
        assertFalse(answered == null || answered.isBlank());
        StubServices.progress
                .received()
                .forEach(call -> assertEquals(List.of(answered), call.headers().get("X-request-id"), call.path()));
    }
}
