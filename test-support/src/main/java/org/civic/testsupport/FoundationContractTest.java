package org.civic.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * What every service promises (foundation issue): health, OpenAPI, Swagger UI, request ids and one
 * problem+json mapping for every error. Each service runs it with {@code @QuarkusTest class ... extends}.
 */
public abstract class FoundationContractTest {

    @Test
    void livenessAndReadinessAreUpWithTheDatabaseChecked() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void openApiAndMetricsAreServed() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("openapi", notNullValue());
        given().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", ")
                .when().post("/test-probe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:malformed-json"))
                .body("status", equalTo(400))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void wrongTypeAndUnknownFieldsNameTheField() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"count\": \"many\"}")
                .when().post("/test-probe")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("count"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"cuont\": 1}")
                .when().post("/test-probe")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("cuont"))
                .body("violations[0].message", equalTo("unknown field"));
    }

    @Test
    void validationListsEveryOffendingField() {
        given().contentType(ContentType.JSON).body("{\"name\": \" \", \"count\": -1}")
                .when().post("/test-probe")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:validation"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("count"));
    }

    @Test
    void notFoundConflictAndUnknownRoutesAreProblems() {
        given().when().get("/test-probe/missing/42").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("42"));
        given().when().get("/test-probe/conflict").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:civic:problem:probe-conflict"));
        given().when().get("/no-such-route").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unexpectedErrorsHideTheirInsides() {
        given().header("X-Request-Id", "probe-123").when().get("/test-probe/crash").then().statusCode(500)
                .contentType("application/problem+json")
                .header("X-Request-Id", "probe-123")
                .body("requestId", equalTo("probe-123"))
                .body(not(containsString("SELECT")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.")));
    }

    @Test
    void requestIdIsGeneratedWhenMissingOrUnsafe() {
        given().when().get("/q/health/live").then().header("X-Request-Id", notNullValue());
        given().header("X-Request-Id", "bad id\twith spaces").when().get("/test-probe/missing/1").then()
                .header("X-Request-Id", not(containsString(" ")));
    }
}
