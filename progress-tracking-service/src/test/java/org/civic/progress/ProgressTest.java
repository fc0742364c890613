package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.civic.progress.RegistryData.parkingProject;
import static org.civic.progress.RegistryData.programme;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civic.common.security.Roles;
import org.civic.progress.api.ProgrammeSummary;
import org.civic.progress.service.PlanFeedConsumer;
import org.civic.testsupport.Identities;
import org.civic.testsupport.PrometheusMetrics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgressTest {

    @Inject
    PlanFeedConsumer planFeed;

    @Inject
    EntityManager entityManager;

    String programmeId;
    String projectId;

    @BeforeEach
    void setUp() {
        programmeId = programme();
        projectId = parkingProject(programmeId, "XX-PARK");
    }

    String report(String asOf, int spaces, Integer percent) {
        return report(asOf, Map.of("spaces", spaces), percent, null);
    }

    String report(String asOf, Map<String, Integer> actuals, Integer percent, String supersedesId) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "asOf",
                asOf,
                "actuals",
                actuals.entrySet().stream()
                        .map(a -> Map.of("key", a.getKey(), "value", a.getValue()))
                        .toList(),
                "narrative",
                "截至" + asOf));
        if (percent != null) {
            body.put("percentComplete", percent);
        }
        if (supersedesId != null) {
            body.put("supersedesId", supersedesId);
        }
        return given().contentType(ContentType.JSON)
                .body(body)
                .header("Authorization", Identities.bearer("staff:reporter-1", Roles.ADMIN))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(201)
                .body("state", equalTo("DRAFT"))
                .extract()
                .path("id");
    }

    String approved(String asOf, int spaces, Integer percent) {
        return approved(report(asOf, spaces, percent));
    }

    String approved(String id) {
        given().when().post("/reports/" + id + "/submit").then().statusCode(200).body("state", equalTo("SUBMITTED"));
        double approvedBefore = PrometheusMetrics.value("civic_reports_approved_total", Map.of());
        given().header("Authorization", Identities.bearer("staff:reviewer-1", Roles.REVIEWER))
                .when()
                .post("/reports/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("decidedBy", equalTo("staff:reviewer-1"));
        assertEquals(
                1,
                PrometheusMetrics.value("civic_reports_approved_total", Map.of()) - approvedBefore,
                "civic_reports_approved_total counts each approval once");
        return id;
    }

    void milestone(String code, String planned, String actual) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code));
        if (planned != null) {
            body.put("plannedDate", planned);
        }
        if (actual != null) {
            body.put("actualDate", actual);
        }
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(201);
    }

    @Test
    void eachWorkflowStepAnswersTheETagOfTheReportItStored() {
        String id = report("2024-07-31", 1200, 40);
        String submitted = given().when()
                .post("/reports/" + id + "/submit")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertEquals(
                given().when()
                        .get("/reports/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag"),
                submitted);

        String approved = given().header("Authorization", Identities.bearer("staff:reviewer-1", Roles.REVIEWER))
                .header("If-Match", submitted)
                .when()
                .post("/reports/" + id + "/approve")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertEquals(
                given().when()
                        .get("/reports/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag"),
                approved);
        assertNotEquals(submitted, approved);
    }

    @Test
    void achievementIsUncappedAndCompletionIsCapped() {
        milestone("APPROVED", "2024-01-10", "2024-01-10");
        milestone("STARTED", "2024-02-01", "2024-02-01");
        milestone("COMPLETED", "2024-12-31", "2024-12-20");
        approved("2024-12-31", 4734, null);
        given().queryParam("asOf", "2025-01-15")
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .statusCode(200)
                .body("phase", equalTo("COMPLETED"))
                .body("indicators.find { it.key == 'spaces' }.actual", equalTo(4734))
                .body("indicators.find { it.key == 'spaces' }.target", equalTo(3000))
                .body("indicators.find { it.key == 'spaces' }.achievementRate", equalTo(157.8f))
                .body("completionPercent", equalTo(100))
                .body("health", equalTo("ON_TRACK"));
    }

    @Test
    void asOfIgnoresEverythingLater() {
        milestone("APPROVED", "2024-01-10", "2024-01-10");
        milestone("STARTED", "2024-03-01", "2024-03-01");
        approved("2024-09-30", 1800, 60);
        approved("2024-12-31", 4734, 100);
        given().queryParam("asOf", "2024-10-31")
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .statusCode(200)
                .body("phase", equalTo("STARTED"))
                .body("indicators.find { it.key == 'spaces' }.actual", equalTo(1800))
                .body("indicators.find { it.key == 'spaces' }.achievementRate", equalTo(60.0f))
                .body("completionPercent", equalTo(60))
                .body("latestApprovedReport.asOf", equalTo("2024-09-30"));
        given().queryParam("asOf", "2024-02-15")
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .body("phase", equalTo("APPROVED"))
                .body("latestApprovedReport", nullValue())
                .body("indicators.find { it.key == 'spaces' }.actual", nullValue());
        given().queryParam("asOf", "2999-01-01")
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
    }

    @Test
    void milestoneAndReportListsAsOfADateShowWhatWasKnownThenAsTheStatusDoes() {
        milestone("APPROVED", "2024-01-10", "2024-01-10");
        milestone("STARTED", "2024-10-15", "2024-12-31");
        milestone("COMPLETED", "2024-12-31", "2024-12-31");
        approved("2024-09-30", 1800, 60);
        approved("2024-12-31", 4734, 100);
        report("2024-10-15", 2000, 65); // a draft of an earlier period: still listed for staff, never counted

        given().queryParam("asOf", "2024-10-31")
                .when()
                .get("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(200)
                .body("find { it.code == 'APPROVED' }.status", equalTo("MET"))
                .body("find { it.code == 'APPROVED' }.actualDate", equalTo("2024-01-10"))
                // met on 2024-12-31, planned for 2024-10-15: on 2024-10-31 it was missed, and no actual date yet
                .body("find { it.code == 'STARTED' }.status", equalTo("MISSED"))
                .body("find { it.code == 'STARTED' }.actualDate", nullValue())
                .body("find { it.code == 'COMPLETED' }.status", equalTo("SCHEDULED"))
                .body("find { it.code == 'COMPLETED' }.actualDate", nullValue());
        given().when()
                .get("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(200)
                .body("find { it.code == 'STARTED' }.status", equalTo("MET"))
                .body("find { it.code == 'STARTED' }.actualDate", equalTo("2024-12-31"))
                .body("find { it.code == 'COMPLETED' }.status", equalTo("MET"));

        // what the gateway's overview asks: the latest approved report as of the date
        given().queryParam("state", "APPROVED")
                .queryParam("size", 1)
                .queryParam("asOf", "2024-10-31")
                .when()
                .get("/projects/" + projectId + "/reports")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "1")
                .body("total", equalTo(1))
                .body("items[0].asOf", equalTo("2024-09-30"));
        given().queryParam("asOf", "2024-10-31")
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .body("latestApprovedReport.asOf", equalTo("2024-09-30"));
        given().queryParam("asOf", "2024-10-31")
                .when()
                .get("/projects/" + projectId + "/reports")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.asOf", hasItems("2024-10-15", "2024-09-30"));
        given().queryParam("asOf", "2024-09-30")
                .queryParam("state", "APPROVED")
                .when()
                .get("/projects/" + projectId + "/reports")
                .then()
                .body("items.asOf", equalTo(List.of("2024-09-30")));
        given().queryParam("state", "APPROVED")
                .queryParam("size", 1)
                .when()
                .get("/projects/" + projectId + "/reports")
                .then()
                .body("items[0].asOf", equalTo("2024-12-31"));
    }

    @Test
    void milestoneAndReportListsRefuseAFutureOrMalformedAsOf() {
        for (String path : List.of("/milestones", "/reports")) {
            for (String asOf : List.of("2999-01-01", "31.10.2024")) {
                given().queryParam("asOf", asOf)
                        .when()
                        .get("/projects/" + projectId + path)
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("violations[0].field", equalTo("asOf"));
            }
        }
    }

    @Test
    void onlyApprovedReportsCount() {
        report("2024-06-30", 999, 30);
        String submitted = report("2024-07-31", 1200, 40);
        given().when().post("/reports/" + submitted + "/submit").then().statusCode(200);
        given().queryParam("asOf", "2024-08-31")
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .body("indicators.find { it.key == 'spaces' }.actual", nullValue())
                .body("latestApprovedReport", nullValue());
    }

    @Test
    void aTargetChangedInTheRegistryChangesTheRate() {
        approved("2024-12-31", 4734, 100);
        given().queryParam("asOf", "2025-01-01")
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .body("indicators.find { it.key == 'spaces' }.achievementRate", equalTo(157.8f));
        given().queryParam("programmeId", programmeId)
                .queryParam("asOf", "2025-01-01")
                .when()
                .get("/status")
                .then()
                .body(
                        "find { it.code == 'XX-PARK' }.indicators.find { it.key == 'spaces' }.achievementRate",
                        equalTo(157.8f));
        RegistryData.changeTarget(projectId, 4000);
        planFeed.catchUp();
        given().queryParam("programmeId", programmeId)
                .queryParam("asOf", "2025-01-01")
                .when()
                .get("/status")
                .then()
                .body(
                        "find { it.code == 'XX-PARK' }.indicators.find { it.key == 'spaces' }.achievementRate",
                        equalTo(118.4f));
        given().queryParam("asOf", "2025-01-01")
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .body("indicators.find { it.key == 'spaces' }.target", equalTo(4000))
                .body("indicators.find { it.key == 'spaces' }.achievementRate", equalTo(118.4f));
    }

    @Test
    void perPeriodIndicatorsAddUpAndSeriesFollowApprovedReports() {
        for (String[] period : new String[][] {{"2024-03-31", "5"}, {"2024-06-30", "7"}}) {
            String id = given().contentType(ContentType.JSON)
                    .body(Map.of(
                            "asOf",
                            period[0],
                            "actuals",
                            List.of(
                                    Map.of("key", "lots", "value", Integer.parseInt(period[1])),
                                    Map.of("key", "spaces", "value", 500))))
                    .when()
                    .post("/projects/" + projectId + "/reports")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().when().post("/reports/" + id + "/submit").then().statusCode(200);
            given().when().post("/reports/" + id + "/approve").then().statusCode(200);
        }
        given().queryParam("asOf", "2024-07-01")
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .body("indicators.find { it.key == 'lots' }.actual", equalTo(12))
                .body("indicators.find { it.key == 'lots' }.achievementRate", equalTo(60.0f));
        given().when()
                .get("/projects/" + projectId + "/indicators/lots/series")
                .then()
                .statusCode(200)
                .body("asOf", equalTo(List.of("2024-03-31", "2024-06-30")))
                .body("value", equalTo(List.of(5, 7)));
    }

    @Test
    void theWorkflowRefusesTransitionsThatAreNotAllowed() {
        String id = report("2024-06-30", 1000, 30);
        given().when()
                .post("/reports/" + id + "/approve")
                .then()
                .statusCode(409)
                .body("type", containsString("report-state"));
        given().when().post("/reports/" + id + "/submit").then().statusCode(200);
        given().when().post("/reports/" + id + "/submit").then().statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("comment", ""))
                .when()
                .post("/reports/" + id + "/return")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("comment"));
        given().contentType(ContentType.JSON)
                .body(Map.of("comment", "请补充证明材料"))
                .header("Authorization", Identities.bearer("staff:reviewer-2", Roles.REVIEWER))
                .when()
                .post("/reports/" + id + "/return")
                .then()
                .statusCode(200)
                .body("state", equalTo("RETURNED"))
                .body("returnComment", equalTo("请补充证明材料"));
        String etag = given().when().get("/reports/" + id).then().extract().header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of(
                        "asOf",
                        "2024-06-30",
                        "actuals",
                        List.of(Map.of("key", "spaces", "value", 1100)),
                        "evidenceLinks",
                        List.of("https://example.org/photo.jpg")))
                .when()
                .put("/reports/" + id)
                .then()
                .statusCode(200)
                .body("actuals[0].value", equalTo(1100));
        given().when().post("/reports/" + id + "/submit").then().statusCode(200);
        given().when().post("/reports/" + id + "/approve").then().statusCode(200);
        etag = given().when().get("/reports/" + id).then().extract().header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("asOf", "2024-06-30", "actuals", List.of(Map.of("key", "spaces", "value", 1))))
                .when()
                .put("/reports/" + id)
                .then()
                .statusCode(409)
                .body("detail", containsString("correction"));
    }

    @Test
    void aCorrectionSupersedesTheApprovedReport() {
        String original = approved("2024-09-30", 1800, 60);
        String correction = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "asOf",
                        "2024-09-30",
                        "actuals",
                        List.of(Map.of("key", "spaces", "value", 1850)),
                        "percentComplete",
                        62,
                        "supersedesId",
                        original))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().queryParam("asOf", "2024-10-01")
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .body("indicators.find { it.key == 'spaces' }.actual", equalTo(1800));
        given().when().post("/reports/" + correction + "/submit").then().statusCode(200);
        given().when().post("/reports/" + correction + "/approve").then().statusCode(200);
        given().when().get("/reports/" + original).then().body("state", equalTo("SUPERSEDED"));
        given().queryParam("asOf", "2024-10-01")
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .body("indicators.find { it.key == 'spaces' }.actual", equalTo(1850));
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2024-09-30", "supersedesId", original))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(409);
    }

    @Test
    void aLateApprovalOfAnEarlierPeriodIsCreditedToThatPeriodAndEveryLaterDate() {
        approved(report("2024-07-31", Map.of("spaces", 2000, "lots", 5), 70, null));
        approved(report("2024-03-31", Map.of("spaces", 900, "lots", 3), 30, null));
        figuresAsOf("2024-02-29").body("indicators.find { it.key == 'lots' }.actual", nullValue());
        figuresAsOf("2024-04-30")
                .body("indicators.find { it.key == 'lots' }.actual", equalTo(3))
                .body("indicators.find { it.key == 'spaces' }.actual", equalTo(900))
                .body("completionPercent", equalTo(30))
                .body("latestApprovedReport.asOf", equalTo("2024-03-31"));
        figuresAsOf("2024-08-31")
                .body("indicators.find { it.key == 'lots' }.actual", equalTo(8))
                .body("indicators.find { it.key == 'lots' }.actualAsOf", equalTo("2024-07-31"))
                .body("indicators.find { it.key == 'spaces' }.actual", equalTo(2000))
                .body("completionPercent", equalTo(70));
        approved(report("2024-05-31", Map.of("lots", 4), null, null));
        figuresAsOf("2024-04-30").body("indicators.find { it.key == 'lots' }.actual", equalTo(3));
        figuresAsOf("2024-06-30").body("indicators.find { it.key == 'lots' }.actual", equalTo(7));
        figuresAsOf("2024-08-31").body("indicators.find { it.key == 'lots' }.actual", equalTo(12));
    }

    @Test
    void aCorrectionReplacesTheOldValuesInTheTotalsAndTheLatest() {
        approved(report("2024-07-31", Map.of("spaces", 1200, "lots", 2), 40, null));
        String september = approved(report("2024-09-30", Map.of("spaces", 1800, "lots", 4), 60, null));
        approved(report("2024-11-30", Map.of("lots", 1), null, null));
        figuresAsOf("2024-10-31")
                .body("indicators.find { it.key == 'lots' }.actual", equalTo(6))
                .body("indicators.find { it.key == 'spaces' }.actual", equalTo(1800));
        approved(report("2024-09-30", Map.of("spaces", 1850, "lots", 7), 62, september));
        figuresAsOf("2024-08-31").body("indicators.find { it.key == 'lots' }.actual", equalTo(2));
        figuresAsOf("2024-10-31")
                .body("indicators.find { it.key == 'lots' }.actual", equalTo(9))
                .body("indicators.find { it.key == 'spaces' }.actual", equalTo(1850))
                .body("completionPercent", equalTo(62));
        figuresAsOf("2024-12-31").body("indicators.find { it.key == 'lots' }.actual", equalTo(10));
    }

    /** The project's figures as of a date, asked one project at a time and for the programme: they must agree. */
    ValidatableResponse figuresAsOf(String asOf) {
        Map<String, Object> ofProgramme = given().queryParam("programmeId", programmeId)
                .queryParam("asOf", asOf)
                .when()
                .get("/status")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.code == 'XX-PARK' }");
        ValidatableResponse ofProject = given().queryParam("asOf", asOf)
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .statusCode(200);
        assertEquals(ofProject.extract().path(""), ofProgramme);
        return ofProject;
    }

    @Test
    void badReportsNameTheFieldAndStoreNothing() {
        long before = count("report");
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2024-06-30", "actuals", List.of(Map.of("key", "households", "value", 5))))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("actuals[0].key"))
                .body("violations[0].message", containsString("spaces"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "asOf",
                        "2024-06-30",
                        "percentComplete",
                        101,
                        "actuals",
                        List.of(Map.of("key", "spaces", "value", -5))))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("percentComplete", "actuals[0].value"));
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2999-06-30"))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2024-06-30"))
                .when()
                .post("/projects/" + RegistryData.unknownId() + "/reports")
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2024-06-30", "evidenceLinks", List.of("javascript:alert(1)")))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("evidenceLinks"));
        assertEquals(before, count("report"));
    }

    @Test
    void milestoneRulesAreChecked() {
        milestone("APPROVED", "2024-01-10", "2024-01-10");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "STARTED", "actualDate", "2024-01-05"))
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("actualDate"))
                .body("detail", containsString("2024-01-10"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "SITE_SURVEY", "plannedDate", "2024-02-01"))
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("name"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "APPROVED", "actualDate", "2024-01-11"))
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "STARTED", "actualDate", "2999-01-01"))
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "STARTED"))
                .when()
                .post("/projects/" + RegistryData.unknownId() + "/milestones")
                .then()
                .statusCode(404);
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("code", "SITE_SURVEY", "name", "现场踏勘", "plannedDate", "2024-02-01"))
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"5\"")
                .body(Map.of("code", "SITE_SURVEY", "name", "现场踏勘", "actualDate", "2024-02-03"))
                .when()
                .put(location)
                .then()
                .statusCode(412);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "code", "SITE_SURVEY", "name", "现场踏勘", "plannedDate", "2024-02-01", "actualDate", "2024-02-03"))
                .when()
                .put(location)
                .then()
                .statusCode(200)
                .body("status", equalTo("MET"));
        given().when()
                .get("/projects/" + projectId + "/milestones")
                .then()
                .body("code", hasItems("APPROVED", "SITE_SURVEY"))
                .body("find { it.code == 'APPROVED' }.name", equalTo("立项"));
    }

    @Test
    void healthShowsMissedMilestonesAndLaggingProgress() {
        milestone("APPROVED", "2024-01-10", "2024-01-10");
        milestone("STARTED", "2024-03-01", null);
        given().queryParam("asOf", "2024-04-01")
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .body("health", equalTo("DELAYED"))
                .body("reasons.code", hasItem("MILESTONE_MISSED"));
        String other = parkingProject(programmeId, "XX-LAG");
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2024-08-31", "percentComplete", 20))
                .when()
                .post("/projects/" + other + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().when().post("/reports/" + id + "/submit").then().statusCode(200);
        given().when().post("/reports/" + id + "/approve").then().statusCode(200);
        given().queryParam("asOf", "2024-09-01")
                .when()
                .get("/projects/" + other + "/status")
                .then()
                .body("health", equalTo("AT_RISK"))
                .body("reasons.code", hasItem("BEHIND_SCHEDULE"));
        given().queryParam("asOf", "2025-01-15")
                .when()
                .get("/projects/" + other + "/status")
                .then()
                .body("health", equalTo("DELAYED"))
                .body("overdue", equalTo(true))
                .body("reasons.code", hasItem("OVERDUE"));
    }

    @Test
    void theProgrammeSummaryCountsPhasesHealthAndLists() {
        milestone("APPROVED", "2024-01-10", "2024-01-10");
        milestone("COMPLETED", "2024-10-01", "2024-09-30");
        approved("2024-09-30", 3100, 100);
        String late = parkingProject(programmeId, "XX-LATE");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "STARTED", "plannedDate", "2024-03-01"))
                .when()
                .post("/projects/" + late + "/milestones")
                .then()
                .statusCode(201);
        given().queryParam("asOf", "2024-10-31")
                .when()
                .get("/programmes/" + programmeId + "/summary")
                .then()
                .statusCode(200)
                .body("projects", equalTo(2))
                .body("announcedProjects", equalTo(12))
                .body("projectsNotInRegistry", equalTo(10))
                .body("byPhase.COMPLETED", equalTo(1))
                .body("byPhase.NOT_STARTED", equalTo(1))
                .body("byHealth.DELAYED", equalTo(1))
                .body("byHealth.ON_TRACK", equalTo(1))
                .body("delayed.code", equalTo(List.of("XX-LATE")))
                .body("byDomain[0].key", equalTo("CITY"))
                .body("byDomain[0].delivered", equalTo(1))
                .body("plannedInvestment", equalTo("60000000.00"))
                .body("byDistrict[0].key", equalTo("(none)"))
                .body("byDistrict[0].projects", equalTo(2))
                .body("byDomain[0].plannedInvestment", equalTo("60000000.00"))
                .body("indicatorsMet", equalTo(1));
        given().queryParam("programmeId", programmeId)
                .queryParam("asOf", "2024-10-31")
                .when()
                .get("/status")
                .then()
                .statusCode(200)
                .body("size()", equalTo(2));
        given().queryParam("projectIds", projectId + "," + late)
                .when()
                .get("/status")
                .then()
                .statusCode(200)
                .body("code", hasItems("XX-PARK", "XX-LATE"));
        given().when().get("/status").then().statusCode(400);
        given().when()
                .get("/programmes/" + RegistryData.unknownId() + "/summary")
                .then()
                .statusCode(404);
    }

    @Test
    void aSummaryListsAtMostAHundredLateProjectsAndCountsThemAll() {
        for (int i = 1; i <= ProgrammeSummary.LISTED_AT_MOST; i++) {
            parkingProject(programmeId, "XX-LATE-%03d".formatted(i));
        }
        planFeed.catchUp();
        // A year after their planned end, none of the 101 projects has a milestone: each is delayed and overdue.
        given().queryParam("asOf", "2025-12-31")
                .when()
                .get("/programmes/" + programmeId + "/summary")
                .then()
                .statusCode(200)
                .body("projects", equalTo(101))
                .body("byHealth.DELAYED", equalTo(101))
                .body("overdueProjects", equalTo(101))
                .body("listedAtMost", equalTo(100))
                .body("delayed.size()", equalTo(100))
                .body("overdue.size()", equalTo(100))
                .body("delayed[0].code", equalTo("XX-LATE-001"));
        given().queryParam("from", "2025-11-30")
                .queryParam("to", "2025-12-31")
                .when()
                .get("/programmes/" + programmeId + "/series")
                .then()
                .statusCode(200)
                .body("points[-1].delayed", equalTo(101))
                .body("points[-1].overdue", equalTo(101));
    }

    @Test
    void aRetriedReportWithTheSameKeyIsFiledOnce() {
        long before = count("report");
        Map<String, Object> body =
                Map.of("asOf", "2024-05-31", "actuals", List.of(Map.of("key", "spaces", "value", 10)));
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "rep-" + projectId)
                .body(body)
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "rep-" + projectId)
                .body(body)
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(201)
                .body("id", equalTo(first));
        assertEquals(before + 1, count("report"));
    }

    private long count(String table) {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from " + table)
                        .getSingleResult())
                .longValue();
    }
}
