package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.civic.registry.RegistryFixtures.projectBody;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.Test;

/** Idempotency-Key is per caller, and a replay is returned only after the operation is authorized again. */
@QuarkusTest
class IdempotencyPerCallerTest extends CityWithTwoDepartments {

    @Test
    void anEditorReplayingAnAdminsIdempotencyKeyGets403NotTheAdminsProject() {
        Map<String, Object> body = projectBody(programmeId, "QZ-IDEM-1", "长者食堂", departmentB);
        String key = "replay-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .header("Authorization", ADMIN)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/projects")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .header("Authorization", Identities.editorOf(UUID.fromString(departmentA)))
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/projects")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Idempotent-Replayed", (String) null);
    }

    @Test
    void anotherAuthorizedCallerWithTheSameKeyRunsItsOwnRequest() {
        String key = "shared-" + UUID.randomUUID();
        Map<String, Object> body = projectBody(programmeId, "QZ-IDEM-2", "长者食堂", departmentB);
        String first = given().contentType(ContentType.JSON)
                .header("Authorization", ADMIN)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // Keys are per caller (like Stripe's): the same key and body from another identity is that identity's own
        // request, here refused because the code is taken, and never answered with the first caller's resource.
        given().contentType(ContentType.JSON)
                .header("Authorization", OTHER_ADMIN)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/projects")
                .then()
                .statusCode(409)
                .header("Idempotent-Replayed", (String) null)
                .body("type", equalTo("urn:civic:problem:project-code-taken"));
        // With another body the key is not "already used" (422) either: it creates the other caller's own project.
        String second = given().contentType(ContentType.JSON)
                .header("Authorization", OTHER_ADMIN)
                .header("Idempotency-Key", key)
                .body(projectBody(programmeId, "QZ-IDEM-3", "社区卫生服务中心", departmentB))
                .when()
                .post("/projects")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null)
                .extract()
                .path("id");
        assertTrue(!first.equals(second));
    }

    @Test
    void theSameCallerReplayingItsKeyGetsTheFirstAnswer() {
        Map<String, Object> body = projectBody(programmeId, "QZ-IDEM-4", "长者食堂", departmentA);
        String key = "mine-" + UUID.randomUUID();
        String editor = Identities.editorOf(UUID.fromString(departmentA));
        String id = given().contentType(ContentType.JSON)
                .header("Authorization", editor)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .header("Authorization", editor)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/projects")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        // The same editor name, now bound to another department, no longer gets the stored answer.
        given().contentType(ContentType.JSON)
                .header("Authorization", Identities.editorOf(UUID.fromString(departmentB)))
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/projects")
                .then()
                .statusCode(403);
    }

    @Test
    void aBlankIdempotencyKeyIsA400AndStoresNothing() {
        for (String blank : new String[] {"", "   "}) {
            given().contentType(ContentType.JSON)
                    .header("Idempotency-Key", blank)
                    .body(projectBody(programmeId, "QZ-BLANK", "长者食堂", departmentA))
                    .when()
                    .post("/projects")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("Idempotency-Key"));
        }
        given().when()
                .get("/projects?programmeId=" + programmeId)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }
}
