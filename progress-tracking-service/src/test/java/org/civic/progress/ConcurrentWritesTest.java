package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.civic.progress.RegistryData.parkingProject;
import static org.civic.progress.RegistryData.programme;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civic.common.security.Roles;
import org.civic.testsupport.Concurrently;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.Test;

/** Races decided only at commit answer 409 or 412, never 500; an Idempotency-Key replays only to its caller. */
@QuarkusTest
class ConcurrentWritesTest {

    String draftReport(String projectId, String key, String reporter) {
        var request = given().contentType(ContentType.JSON)
                .header("Authorization", Identities.bearer(reporter, Roles.ADMIN))
                .body(Map.of(
                        "asOf",
                        "2024-06-30",
                        "actuals",
                        List.of(Map.of("key", "spaces", "value", 1000)),
                        "narrative",
                        "截至6月底"));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void tenConcurrentSubmitsOfOneReportGiveOne200AndOtherwiseOnly409Or412() {
        String project = parkingProject(programme(), "XX-RACE");
        String report = draftReport(project, null, "staff:reporter-1");
        String etag = given().when()
                .get("/reports/" + report)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        List<Integer> statuses = Concurrently.statuses(
                10,
                () -> given().header("If-Match", etag)
                        .when()
                        .post("/reports/" + report + "/submit")
                        .then()
                        .extract()
                        .statusCode());
        assertTrue(Set.of(200, 409, 412).containsAll(statuses), "only 200, 409 and 412 expected, got " + statuses);
        assertEquals(1, Collections.frequency(statuses, 200), "exactly one 200 expected, got " + statuses);
        given().when().get("/reports/" + report).then().body("state", equalTo("SUBMITTED"));
    }

    @Test
    void tenConcurrentSubmitsWithoutAnETagGiveOne200AndOtherwiseOnly409Or412() {
        String project = parkingProject(programme(), "XX-RACE2");
        String report = draftReport(project, null, "staff:reporter-1");
        List<Integer> statuses = Concurrently.statuses(
                10,
                () -> given().when()
                        .post("/reports/" + report + "/submit")
                        .then()
                        .extract()
                        .statusCode());
        assertTrue(Set.of(200, 409, 412).containsAll(statuses), "only 200, 409 and 412 expected, got " + statuses);
        assertEquals(1, Collections.frequency(statuses, 200), "exactly one 200 expected, got " + statuses);
    }

    @Test
    void anEditorOfAnotherDepartmentReplayingAnAdminsReportKeyGets403() {
        String programmeId = programme();
        String project = parkingProject(programmeId, "XX-IDEM");
        String key = "report-" + UUID.randomUUID();
        String first = draftReport(project, key, "staff:admin-a");
        assertEquals(
                first, draftReport(project, key, "staff:admin-a"), "the same caller's replay gets the same report");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .header("Authorization", Identities.editorOf(UUID.randomUUID()))
                .body(Map.of(
                        "asOf",
                        "2024-06-30",
                        "actuals",
                        List.of(Map.of("key", "spaces", "value", 1000)),
                        "narrative",
                        "截至6月底"))
                .when()
                .post("/projects/" + project + "/reports")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
