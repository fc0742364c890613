package org.civic.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every service promises (foundation issue): health, OpenAPI, Swagger UI, request ids and one
 * problem+json mapping for every error. Each service runs it with {@code @QuarkusTest class ... extends}.
 */
public abstract class FoundationContractTest {

    @Test
    void livenessAndReadinessAreUpWithTheDatabaseChecked() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void openApiAndMetricsAreServed() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("openapi", notNullValue());
        given().when().get("/q/metrics").then().statusCode(200);
    }

    /** common's ErrorResponses filter: every operation documents its errors, each one a problem+json body. */
    @Test
    @SuppressWarnings("unchecked")
    void everyDocumentedErrorIsAProblemAndEveryOperationDocumentsItsErrors() {
        JsonPath doc = given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "components.schemas.Problem.properties.violations.items.$ref",
                        equalTo("#/components/schemas/ProblemViolation"))
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> components = doc.getMap("components.responses");
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                return;
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            String where = method.toUpperCase() + " " + path;
            boolean open = operation.get("security") instanceof List<?> security
                    && security.stream()
                            .allMatch(requirement -> requirement instanceof Map<?, ?> schemes && schemes.isEmpty());
            for (String status : open ? List.of("500") : List.of("401", "403", "406", "500", "503")) {
                assertTrue(responses.containsKey(status), where + " does not document " + status);
            }
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    Object ref = response.get("$ref");
                    Map<String, Object> resolved = ref == null
                            ? response
                            : components.get(ref.toString().substring("#/components/responses/".length()));
                    Map<String, Map<String, Object>> content =
                            (Map<String, Map<String, Object>>) resolved.get("content");
                    assertTrue(
                            content != null && content.containsKey("application/problem+json"),
                            where + " " + status + " has no problem+json body");
                    assertEquals(
                            "#/components/schemas/Problem",
                            ((Map<String, Object>) content.get("application/problem+json")
                                            .get("schema"))
                                    .get("$ref"),
                            where + " " + status);
                }
            });
        }));
        Map<String, Map<String, Object>> echo = doc.getMap("paths.'/test-probe'.post.responses");
        for (String status : List.of("400", "409", "415")) {
            assertTrue(echo.containsKey(status), "POST /test-probe does not document " + status);
        }
        assertTrue(doc.getMap("paths.'/test-probe/items/{id}'.get.responses").containsKey("404"));
    }

    @Test
    void aBodyOrAnAcceptThatTheOperationCannotHandleIsAProblem() {
        given().contentType(ContentType.TEXT)
                .body("name=x")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:unsupported-media-type"));
        given().accept(ContentType.HTML)
                .when()
                .get("/test-probe/items")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:not-acceptable"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"x\", ")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:malformed-json"))
                .body("status", equalTo(400))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void bytesNoJsonEncodingCanReadAreA400Problem() {
        given().contentType(ContentType.JSON)
                .body(new byte[] {0, 0, 0, '{', 0, '}'})
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:malformed-json"));
    }

    @Test
    void wrongTypeAndUnknownFieldsNameTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"count\": \"many\"}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("count"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"cuont\": 1}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("cuont"))
                .body("violations[0].message", equalTo("unknown field"));
    }

    @Test
    void validationListsEveryOffendingField() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \" \", \"count\": -1}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:validation"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("count"));
    }

    @Test
    void notFoundConflictAndUnknownRoutesAreProblems() {
        given().when()
                .get("/test-probe/missing/42")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("42"));
        given().when()
                .get("/test-probe/conflict")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:probe-conflict"));
        given().when().get("/no-such-route").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unexpectedErrorsHideTheirInsides() {
        given().header("X-Request-Id", "probe-123")
                .when()
                .get("/test-probe/crash")
                .then()
                .statusCode(500)
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
        given().header("X-Request-Id", "bad id\twith spaces")
                .when()
                .get("/test-probe/missing/1")
                .then()
                .header("X-Request-Id", not(containsString(" ")));
    }

    @Test
    void aPageBeyondTheBoundIsA400NamingPageRatherThanANegativeOffset() {
        given().when()
                .get("/test-probe/items?page=2147483647&size=200")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("page"));
        given().when()
                .get("/test-probe/items?page=3&size=200")
                .then()
                .statusCode(200)
                .body("offset", equalTo(600));
    }

    @Test
    void aPageTooLargeForANumberIsA400NamingPageNotA404() {
        given().when()
                .get("/test-probe/items?page=99999999999999999999")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("page"));
        given().when()
                .get("/test-probe/items?size=ten")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    protected void aNulByteInAQueryOrPathParameterIsA400NamingIt() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/test-probe/items?q=a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("q"));
        given().urlEncodingEnabled(false)
                .when()
                .get("/test-probe/items/a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("id"));
        given().urlEncodingEnabled(false)
                .when()
                .get("/test-probe/items?q=tab%09and%0Anewline")
                .then()
                .statusCode(200);
    }

    @Test
    void aNulByteInABodyStringIsA400NamingTheFieldWhereverItSits() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"a\\u0000b\", \"count\": 1}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].message", containsString("control characters"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"a\", \"count\": 1, \"tags\": [\"ok\", \"x\\u0000\"]}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("tags[1]"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"a\", \"count\": 1, \"labels\": {\"zh\": \"\\u0000\"}}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("labels.zh"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"line one\\nline two\\tand a tab\", \"count\": 1}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(200);
    }

    @Test
    void aDuplicateJsonKeyIsA400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"a\", \"count\": 1, \"name\": \"b\"}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"a\", \"count\": 1, \"labels\": {\"zh\": \"x\", \"zh\": \"y\"}}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("labels.zh"));
    }

    @Test
    void numbersAreNotCoercedIntoTextDatesOrBooleans() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": 12345, \"count\": 1}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"a\", \"count\": 1, \"day\": 12345}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("day"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"a\", \"count\": 1, \"flag\": 1}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("flag"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"a\", \"count\": 1, \"tags\": [7]}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("tags[0]"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"a\", \"count\": 1, \"day\": \"2024-06-30\", \"flag\": true}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(200)
                .body("day", equalTo("2024-06-30"));
    }

    @Test
    void oddCharactersInAnIdAreA400NamingTheParameter() {
        for (String id : new String[] {"%20", "a%20b", "a%7Cb", "a%3Cb", "a%7Bb", "a%25b", "a%2525"}) {
            given().urlEncodingEnabled(false)
                    .when()
                    .get("/test-probe/items/" + id)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("id"));
        }
        for (String raw : new String[] {"a|b", "a<b", "a{b", "a%b", "a b"}) {
            RawHttp.Answer answer = RawHttp.get("/test-probe/items/" + raw);
            assertTrue(answer.status() == 400 || answer.status() == 404, raw + " answered " + answer.status());
        }
    }

    @Test
    void aMethodNotAllowedGets405WithAllow() {
        given().when()
                .delete("/test-probe")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", equalTo("OPTIONS, POST"));
        given().when().put("/test-probe/items/1").then().statusCode(405).header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void everyResponseCarriesNoSniff() {
        given().when().get("/q/health/live").then().header("X-Content-Type-Options", equalTo("nosniff"));
        given().when().get("/test-probe/missing/1").then().header("X-Content-Type-Options", equalTo("nosniff"));
        given().when().get("/no-such-route").then().header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
