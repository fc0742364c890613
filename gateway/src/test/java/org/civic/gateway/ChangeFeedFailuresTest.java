package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.civic.gateway.StubServices.Answer.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the merged change feed answers when a source refuses the cursor or is down (stub services). */
@QuarkusTest
class ChangeFeedFailuresTest {

    static final String EXPIRED = "{\"type\":\"urn:civic:problem:changes-expired\",\"title\":\"Gone\",\"status\":410,"
            + "\"detail\":\"The changes after 5 are no longer kept. Re-sync: take GET /changes/head.\","
            + "\"horizon\":\"900\"}";

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
    void aSourcesExpiredCursorIsTheCallersAnswerUnchanged() {
        StubServices.registry.answer(
                "GET /changes", new StubServices.Answer(410, "application/problem+json", EXPIRED, 0, Map.of()));
        StubServices.progress.answer("GET /changes", json(200, "{\"items\":[],\"next\":\"0\"}"));
        given().queryParam("after", "r5.p0")
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", containsString("changes-expired"))
                .body("detail", containsString("GET /changes/head"))
                .body("horizon", equalTo("900"));
    }

    @Test
    void aSourceThatIsDownIs503WithRetryAfter() throws IOException {
        StubServices.registry.answer("GET /changes", json(200, "{\"items\":[],\"next\":\"5\"}"));
        StubServices.progress.down();
        try {
            given().queryParam("after", "r5.p0")
                    .when()
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("detail", containsString("progress service"));
        } finally {
            StubServices.progress.up();
        }
    }
}
