package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.civic.progress.RegistryData.parkingProject;
import static org.civic.progress.RegistryData.programme;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET → change → PUT (Google AIP-203) for milestones and reports: the body as read is accepted back with its
 * output-only fields, which are ignored; an id that is not the path's is refused; unknown fields stay refused.
 */
@QuarkusTest
class ReadBodyPutBackTest {

    String projectId;

    @BeforeEach
    void setUp() {
        projectId = parkingProject(programme(), "XX2024-08");
    }

    @Test
    void aMilestoneAsReadCanBeChangedAndPutBack() {
        String path = path(given().contentType(ContentType.JSON)
                .body(Map.of("code", "STARTED", "plannedDate", "2024-03-01"))
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(201)
                .extract());
        putBackChanged(path, "actualDate", "2024-03-05");
        given().when().get(path).then().body("status", equalTo("MET"));
    }

    @Test
    void aReportAsReadCanBeChangedAndPutBack() {
        putBackChanged(aReport(), "narrative", "截至2024年6月底,新增停车泊位1500个");
    }

    @Test
    void anIdOfAnotherResourceIsRefusedAndNothingIsStored() {
        String path = aReport();
        ExtractableResponse<Response> read =
                given().when().get(path).then().statusCode(200).extract();
        Map<String, Object> body = read.jsonPath().getMap("");
        body.put("id", UUID.randomUUID().toString());
        body.put("narrative", "不应保存");
        given().contentType(ContentType.JSON)
                .header("If-Match", read.header("ETag"))
                .body(body)
                .when()
                .put(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("id"))
                .body("violations[0].message", containsString(read.path("id").toString()));
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", read.header("ETag"))
                .body("narrative", equalTo(read.path("narrative")));
    }

    @Test
    void aMilestoneOfAnotherProjectIsNotCreatedHere() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "STARTED", "projectId", UUID.randomUUID().toString(), "plannedDate", "2024-03-01"))
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("projectId"));
        given().when()
                .get("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(200)
                .body("find { it.code == 'STARTED' }", equalTo(null));
    }

    @Test
    void unknownFieldsAreStillRefused() {
        String path = aReport();
        ExtractableResponse<Response> read =
                given().when().get(path).then().statusCode(200).extract();
        Map<String, Object> body = read.jsonPath().getMap("");
        body.put("approvedBy", "staff:me");
        given().contentType(ContentType.JSON)
                .header("If-Match", read.header("ETag"))
                .body(body)
                .when()
                .put(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("approvedBy"))
                .body("violations[0].message", equalTo("unknown field"));
    }

    private String aReport() {
        return path(given().contentType(ContentType.JSON)
                .body(Map.of(
                        "asOf",
                        "2024-06-30",
                        "actuals",
                        List.of(Map.of("key", "spaces", "value", 1500)),
                        "percentComplete",
                        50,
                        "narrative",
                        "截至6月底"))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(201)
                .extract());
    }

    private static String path(ExtractableResponse<Response> created) {
        return URI.create(created.header("Location")).getPath();
    }

    /** Reads the resource, changes one field, puts the whole body back and reads the change. */
    private static void putBackChanged(String path, String field, Object value) {
        ExtractableResponse<Response> read =
                given().when().get(path).then().statusCode(200).extract();
        Map<String, Object> body = read.jsonPath().getMap("");
        body.put(field, value);
        given().contentType(ContentType.JSON)
                .header("If-Match", read.header("ETag"))
                .body(body)
                .when()
                .put(path)
                .then()
                .statusCode(200)
                .body(field, equalTo(value));
        given().when().get(path).then().statusCode(200).body(field, equalTo(value));
    }
}
