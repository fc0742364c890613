package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.civic.progress.RegistryData.parkingProject;
import static org.civic.progress.RegistryData.programme;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civic.common.security.Roles;
import org.civic.progress.service.ChangeFeed;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Progress's change feed: approvals, returns, milestones met and status changes, once each, in commit order. */
@QuarkusTest
class ChangeFeedTest {

    static final String STAFF = Identities.bearer("staff:admin", Roles.ADMIN);
    static final String PUBLIC_APP = Identities.bearer("client:news app", Roles.PUBLIC_READ);

    @Inject
    ChangeFeed feed;

    String programmeId;
    String projectId;

    @BeforeEach
    void setUp() {
        programmeId = programme();
        projectId = parkingProject(programmeId, "FEED-PARK");
    }

    @Test
    void anApprovalAReturnAndAMilestoneMetAreEventsWithWhatAGetAnswers() {
        String start = head();
        String approved = submitted("2024-06-30", 1200);
        decide(approved, "approve", Map.of());
        String returned = submitted("2024-07-31", 1500);
        decide(returned, "return", Map.of("comment", "请附照片"));
        String milestone = given().contentType(ContentType.JSON)
                .body(Map.of("code", "STARTED", "plannedDate", "2024-03-01", "actualDate", "2024-03-05"))
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        List<Map<String, Object>> items = readAll(start, STAFF);
        assertEquals(
                List.of("report.approved:" + approved, "report.returned:" + returned, "milestone.met:" + milestone),
                items.stream()
                        .filter(i -> !i.get("type").equals("project.status-changed"))
                        .map(i -> i.get("type") + ":" + i.get("entityId"))
                        .toList());
        for (String path : List.of("/reports/" + approved, "/reports/" + returned, "/milestones/" + milestone)) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            Map<String, Object> event = items.stream()
                    .filter(i -> id.equals(i.get("entityId")))
                    .findFirst()
                    .orElseThrow();
            var current = given().when().get(path).then().statusCode(200).extract();
            assertEquals(current.header("ETag").replace("\"", ""), String.valueOf(event.get("version")), path);
            assertEquals(current.jsonPath().getMap(""), event.get("data"), path);
            assertEquals(programmeId, event.get("programmeId"), path);
        }
        // the milestone started the project: the status event carries the status a GET answers afterwards
        Map<String, Object> status = items.get(items.size() - 1);
        assertEquals("project.status-changed", status.get("type"));
        assertEquals(
                given().when()
                        .get("/projects/" + projectId + "/status")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("phase"),
                ((Map<?, ?>) status.get("data")).get("phase"));
        assertEquals("STARTED", ((Map<?, ?>) status.get("data")).get("phase"));
    }

    @Test
    void aWriteThatChangesNeitherPhaseNorHealthRecordsNoStatusChange() {
        String start = head();
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "COMPLETED", "plannedDate", "2099-12-31"))
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(201);
        assertEquals(List.of(), readAll(start, STAFF));
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        String start = head();
        String report = submitted("2024-06-30", 1200);
        decide(report, "approve", Map.of());
        String afterApproval = head();
        given().header("Authorization", Identities.bearer("staff:reviewer-1", Roles.REVIEWER))
                .when()
                .post("/reports/" + report + "/approve")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "STARTED", "actualDate", "2999-01-01"))
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(400);
        assertEquals(afterApproval, head());
        assertTrue(readAll(start, STAFF).stream().anyMatch(i -> i.get("type").equals("report.approved")));
    }

    /**
     * API clients see only the events of published programmes. Progress knows a programme's state from its plan read
     * model (ChangeVisibility); this holds before and after that is wired: a draft's events never reach an app.
     */
    @Test
    void anApiClientNeverSeesTheEventsOfADraftProgrammeAndStaffDo() {
        String draftProject = parkingProject(programme("DRAFT"), "FEED-DRAFT");
        String start = head();
        String report = given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2024-06-30", "actuals", List.of(Map.of("key", "spaces", "value", 10))))
                .when()
                .post("/projects/" + draftProject + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().when().post("/reports/" + report + "/submit").then().statusCode(200);
        decide(report, "approve", Map.of());

        assertTrue(readAll(start, STAFF).stream().anyMatch(i -> report.equals(i.get("entityId"))));
        assertTrue(readAll(start, PUBLIC_APP).stream().noneMatch(i -> report.equals(i.get("entityId"))));
    }

    @Test
    void aBadCursorOrLimitIsA400NamingIt() {
        given().queryParam("after", "abc")
                .when()
                .get("/changes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("after"));
        for (String limit : List.of("0", "1001", "x")) {
            given().queryParam("limit", limit)
                    .when()
                    .get("/changes")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("limit"));
        }
    }

    @Test
    void aCursorBelowTheRetentionHorizonIs410AndSaysHowToResync() {
        String before = head();
        decide(submitted("2024-06-30", 1200), "approve", Map.of());
        long horizon = feed.purge(Instant.now().plusSeconds(60));
        assertTrue(horizon > Long.parseLong(before));

        given().queryParam("after", before)
                .when()
                .get("/changes")
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", containsString("changes-expired"))
                .body("detail", containsString("GET /changes/head"))
                .body("horizon", equalTo(String.valueOf(horizon)));
        String fresh = head();
        assertEquals(String.valueOf(horizon), fresh);
        given().queryParam("after", fresh)
                .when()
                .get("/changes")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("next", equalTo(fresh));
    }

    private String submitted(String asOf, int spaces) {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("asOf", asOf, "actuals", List.of(Map.of("key", "spaces", "value", spaces))))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().when().post("/reports/" + id + "/submit").then().statusCode(200);
        return id;
    }

    private static void decide(String report, String verb, Map<String, Object> body) {
        var request = given().header("Authorization", Identities.bearer("staff:reviewer-1", Roles.REVIEWER));
        if (!body.isEmpty()) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.when().post("/reports/" + report + "/" + verb).then().statusCode(200);
    }

    static String head() {
        return given().header("Authorization", STAFF)
                .when()
                .get("/changes/head")
                .then()
                .statusCode(200)
                .body("items", empty())
                .extract()
                .path("next");
    }

    /** Every event after {@code cursor} the caller sees, following `next` in small pages. */
    static List<Map<String, Object>> readAll(String cursor, String identity) {
        List<Map<String, Object>> items = new ArrayList<>();
        while (true) {
            var page = given().header("Authorization", identity)
                    .queryParam("after", cursor)
                    .queryParam("limit", 2)
                    .when()
                    .get("/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> batch = page.getList("items");
            if (batch.isEmpty()) {
                assertEquals(cursor, page.getString("next"));
                return items;
            }
            items.addAll(batch);
            cursor = page.getString("next");
        }
    }
}
