package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.civic.progress.RegistryData.parkingProject;
import static org.civic.progress.RegistryData.programme;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.civic.common.web.ETags;
import org.civic.progress.api.Codes;
import org.junit.jupiter.api.Test;

/** Input that used to reach the database (or crash before it) is a 400 naming the field, storing nothing. */
@QuarkusTest
class BadInputTest {

    @Test
    void oddCharactersInPathParametersAreA400Or404ProblemNeverA500() {
        String project = parkingProject(programme(), "XX-ODD");
        for (String odd : List.of("a%20b", "a%7Cb", "a%3Cb", "a%7Bb", "a%25b", "a%00b")) {
            for (String path : List.of(
                    "/projects/" + odd + "/status",
                    "/projects/" + project + "/indicators/" + odd + "/series",
                    "/reports/" + odd,
                    "/milestones/" + odd)) {
                var answer = given().urlEncodingEnabled(false)
                        .when()
                        .get(path)
                        .then()
                        .extract();
                // an unknown indicator key has an empty series (200); everything else is a 400 or 404 problem
                assertTrue(
                        answer.statusCode() == 400
                                || answer.statusCode() == 404
                                || answer.statusCode() == 200 && path.endsWith("/series"),
                        path + " answered " + answer.statusCode());
                assertTrue(
                        answer.statusCode() == 200 || answer.contentType().startsWith("application/problem+json"),
                        path);
            }
        }
    }

    @Test
    void aNulByteOrANumberForTextInAReportIsA400NamingTheFieldAndStoresNothing() {
        String project = parkingProject(programme(), "XX-NUL");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "asOf",
                        "2024-06-30",
                        "actuals",
                        List.of(Map.of("key", "spaces", "value", 1)),
                        "narrative",
                        "截至\u0000"))
                .when()
                .post("/projects/" + project + "/reports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("narrative"));
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", 20240630, "actuals", List.of(Map.of("key", "spaces", "value", 1))))
                .when()
                .post("/projects/" + project + "/reports")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2024-06-30", "actuals", List.of(Map.of("key", 7, "value", 1))))
                .when()
                .post("/projects/" + project + "/reports")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("actuals[0].key"));
        given().when()
                .get("/projects/" + project + "/reports")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().when()
                .get("/projects/" + project + "/reports?page=2147483647")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void aValueLongerThanItsDocumentedMaximumIsA400NamingItAndStoresNothing() {
        String project = parkingProject(programme(), "XX-LONG");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        "M".repeat(Codes.MILESTONE_MAX_LENGTH + 1),
                        "name",
                        "超长里程碑",
                        "plannedDate",
                        "2024-12-31"))
                .when()
                .post("/projects/" + project + "/milestones")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("code"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "asOf",
                        "2024-06-30",
                        "actuals",
                        List.of(Map.of("key", "spaces", "value", 1)),
                        "evidenceLinks",
                        List.of("https://example.org/" + "a".repeat(Codes.LINK_MAX_LENGTH))))
                .when()
                .post("/projects/" + project + "/reports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("evidenceLinks"));
        given().queryParam("asOf", "2024-06-30 ")
                .when()
                .get("/projects/" + project + "/reports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("asOf"));
        given().header("If-None-Match", "\"" + "1".repeat(ETags.MAX_HEADER_LENGTH) + "\"")
                .when()
                .get("/milestones/00000000-0000-0000-0000-000000000001")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("If-None-Match"));
        given().when()
                .get("/projects/" + project + "/milestones")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().when()
                .get("/projects/" + project + "/reports")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }
}
