package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo data (demo/registry and demo/progress, loaded by ./suite up the same way) states what the
 * articles state: 晋江 2022 on 2022-10-31 had 6 projects completed, 2 basically completed and the rest
 * on schedule; 新乡 2024's parking project reached 157.8 %.
 */
@QuarkusTest
class DemoDataTest {

    static final Path DEMO = Path.of(System.getProperty("user.dir")).resolveSibling("demo");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> PROGRAMMES = new HashMap<>();
    /** The demo projects' ids by code (codes are unique across the demo programmes). */
    static final Map<String, String> PROJECT_IDS = new HashMap<>();

    @BeforeEach // not @BeforeAll: RestAssured points at this service only once the test instance exists
    void load() throws IOException {
        if (!PROGRAMMES.isEmpty()) {
            return;
        }
        for (String line : Files.readAllLines(DEMO.resolve("registry/regions.ndjson"))) {
            post(RegistryData.url() + "/regions", line);
        }
        for (String line : Files.readAllLines(DEMO.resolve("registry/departments.ndjson"))) {
            post(RegistryData.url() + "/departments", line);
        }
        for (String line : Files.readAllLines(DEMO.resolve("registry/programmes.ndjson"))) {
            JsonNode programme = JSON.readTree(line);
            String name = programme.get("regionCode").asText() + "-"
                    + programme.get("year").asText();
            if (!List.of("350582-2022", "410700-2024").contains(name)) {
                continue;
            }
            String id = JSON.readTree(post(RegistryData.url() + "/programmes", line))
                    .get("id")
                    .asText();
            PROGRAMMES.put(name, id);
            given().contentType("text/csv; charset=UTF-8")
                    .body(Files.readAllBytes(DEMO.resolve("registry/programmes/" + name + ".csv")))
                    .when()
                    .post(RegistryData.url() + "/programmes/" + id + "/import")
                    .then()
                    .statusCode(200)
                    .body("applied", equalTo(true));
            Map<String, String> projects = new HashMap<>();
            for (JsonNode project : JSON.readTree(given().when()
                    .get(RegistryData.url() + "/programmes/" + id + "/projects")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString())) {
                projects.put(project.get("code").asText(), project.get("id").asText());
                PROJECT_IDS.put(project.get("code").asText(), project.get("id").asText());
            }
            for (String operation : Files.readAllLines(DEMO.resolve("progress/" + name + ".ndjson"))) {
                JsonNode node = JSON.readTree(operation);
                String project = projects.get(node.get("project").asText());
                String body = node.get("body").toString();
                if (node.get("kind").asText().equals("milestone")) {
                    post("/projects/" + project + "/milestones", body);
                } else {
                    String report = JSON.readTree(post("/projects/" + project + "/reports", body))
                            .get("id")
                            .asText();
                    given().when().post("/reports/" + report + "/submit").then().statusCode(200);
                    given().when()
                            .post("/reports/" + report + "/approve")
                            .then()
                            .statusCode(200);
                }
            }
        }
    }

    static String post(String url, String body) {
        return given().contentType(ContentType.JSON.withCharset("UTF-8"))
                .body(body)
                .when()
                .post(url)
                .then()
                .statusCode(201)
                .extract()
                .asString();
    }

    @Test
    void jinjiangAtTheEndOfOctober2022() {
        given().queryParam("asOf", "2022-10-31")
                .when()
                .get("/programmes/" + PROGRAMMES.get("350582-2022") + "/summary")
                .then()
                .statusCode(200)
                .body("projects", equalTo(10))
                .body("announcedProjects", equalTo(22))
                .body("projectsNotInRegistry", equalTo(12))
                .body("byPhase.COMPLETED", equalTo(6))
                .body("byPhase.BASICALLY_COMPLETED", equalTo(2))
                .body("byPhase.STARTED", equalTo(2))
                .body("byHealth.ON_TRACK", equalTo(10));
    }

    @Test
    void jinjiangsBulletinAndPublishedSnapshotAtTheEndOfOctober2022StateTheArticlesFigures() throws IOException {
        String programme = PROGRAMMES.get("350582-2022");
        given().queryParam("asOf", "2022-10-31")
                .when()
                .get("/programmes/" + programme + "/bulletin")
                .then()
                .statusCode(200)
                .body("programme.projects", equalTo(10))
                .body("programme.completed", equalTo(6))
                .body("programme.basicallyCompleted", equalTo(2))
                .body("programme.completionRate", equalTo(60.0f))
                .body("programme.startRate", equalTo(100.0f));
        JsonNode snapshot = JSON.readTree(post(
                "/programmes/" + programme + "/snapshots",
                Files.readString(DEMO.resolve("progress/supervision/350582-2022-snapshot.json"))));
        assertEquals("2022-10-31", snapshot.at("/bulletin/asOf").asText());
        assertEquals(6, snapshot.at("/bulletin/programme/completed").asInt());
        assertEquals(2, snapshot.at("/bulletin/programme/basicallyCompleted").asInt());

        String evaluation = Files.readString(DEMO.resolve("progress/supervision/350582-2022-evaluation.json"))
                .replace("\"PROGRAMME\"", "\"" + programme + "\"");
        for (Map.Entry<String, String> project : PROJECT_IDS.entrySet()) {
            evaluation = evaluation.replace(
                    "\"projectId\":\"" + project.getKey() + "\"", "\"projectId\":\"" + project.getValue() + "\"");
        }
        JsonNode graded = JSON.readTree(post("/evaluations", evaluation));
        assertEquals(true, graded.get("illustrative").asBoolean(), "the demo evaluation is marked illustrative");
        assertEquals(9, graded.at("/byGrade/SATISFIED").asInt());
        assertEquals(1, graded.at("/byGrade/BASICALLY_SATISFIED").asInt());
        assertEquals("98.05", graded.get("satisfactionRate").asText());
    }

    @Test
    void theSummaryNamesItsGroupsAndLabelsItsCodesSoThatAChartNeedsNoOtherCall() {
        given().queryParam("asOf", "2022-10-31")
                .when()
                .get("/programmes/" + PROGRAMMES.get("350582-2022") + "/summary")
                .then()
                .statusCode(200)
                .body("byDistrict.find { it.key == '350582' }.name.zh", equalTo("晋江市"))
                .body("byDistrict.find { it.key == '350582' }.name.en", equalTo("Jinjiang City"))
                .body("byDomain.find { it.key == 'SMART_INFRA' }.name.zh", equalTo("升级智能配套"))
                .body("byDepartment.name.zh", everyItem(notNullValue()))
                .body("byDepartment.name.zh", hasItem(containsString("晋江市")))
                .body("labels.phases.BASICALLY_COMPLETED.zh", equalTo("基本完成"))
                .body("labels.phases.COMPLETED.en", equalTo("Completed"))
                .body("labels.health.ON_TRACK.en", equalTo("On track"))
                // the demo data states no project's investment: unknown, not zero
                .body("plannedInvestment", nullValue())
                .body("byDomain.plannedInvestment", everyItem(nullValue()));
    }

    @Test
    void jinjiangMonthByMonthReachesSixCompletedAndTwoBasicallyCompletedAtTheEndOfOctober() {
        JsonPath series = given().queryParam("from", "2022-01-31")
                .queryParam("to", "2022-12-31")
                .queryParam("step", "month")
                .when()
                .get("/programmes/" + PROGRAMMES.get("350582-2022") + "/series")
                .then()
                .statusCode(200)
                .body("title", equalTo("晋江市2022年为民办实事项目"))
                .body("step", equalTo("MONTH"))
                .body(
                        "points.asOf",
                        equalTo(List.of(
                                "2022-01-31",
                                "2022-02-28",
                                "2022-03-31",
                                "2022-04-30",
                                "2022-05-31",
                                "2022-06-30",
                                "2022-07-31",
                                "2022-08-31",
                                "2022-09-30",
                                "2022-10-31",
                                "2022-11-30",
                                "2022-12-31")))
                .body("points[0].byPhase.APPROVED", equalTo(10))
                .body("points[0].byPhase.COMPLETED", equalTo(0))
                .body("points[9].byPhase.COMPLETED", equalTo(6))
                .body("points[9].byPhase.BASICALLY_COMPLETED", equalTo(2))
                .body("points[9].byHealth.ON_TRACK", equalTo(10))
                .body("labels.phases.COMPLETED.zh", equalTo("竣工/已完成"))
                .extract()
                .jsonPath();
        // each point is what the summary says as of its date
        given().queryParam("asOf", "2022-06-30")
                .when()
                .get("/programmes/" + PROGRAMMES.get("350582-2022") + "/summary")
                .then()
                .body("byPhase", equalTo(series.getMap("points[5].byPhase")))
                .body("averageCompletionPercent", equalTo(series.getFloat("points[5].averageCompletionPercent")));
        given().queryParam("from", "2022-07-01")
                .queryParam("to", "2022-11-15")
                .queryParam("step", "quarter")
                .when()
                .get("/programmes/" + PROGRAMMES.get("350582-2022") + "/series")
                .then()
                .statusCode(200)
                .body("points.asOf", equalTo(List.of("2022-09-30", "2022-11-15")));
    }

    @Test
    void aSeriesOfTooManyPointsOrBackwardsOrByAnUnknownStepIsA400NamingTheParameter() {
        String series = "/programmes/" + PROGRAMMES.get("350582-2022") + "/series";
        given().queryParam("from", "2020-01-31")
                .queryParam("to", "2022-12-31")
                .when()
                .get(series)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("to"))
                .body("detail", containsString("at most 24 points"));
        given().queryParam("from", "2022-12-31")
                .queryParam("to", "2022-01-31")
                .when()
                .get(series)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("from"));
        given().queryParam("from", "2022-01-31")
                .queryParam("to", "2022-12-31")
                .queryParam("step", "week")
                .when()
                .get(series)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("step"));
        given().when().get(series).then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().queryParam("from", "2022-01-31")
                .queryParam("to", "2999-01-01")
                .when()
                .get(series)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("to"));
        given().queryParam("from", "2022-01-31")
                .queryParam("to", "2022-03-31")
                .when()
                .get("/programmes/" + RegistryData.unknownId() + "/series")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void xinxiangParkingSpacesReached157Point8Percent() {
        given().queryParam("programmeId", PROGRAMMES.get("410700-2024"))
                .queryParam("asOf", "2024-12-31")
                .when()
                .get("/status")
                .then()
                .statusCode(200)
                .body(
                        "find { it.code == 'XX2024-08' }.indicators.find { it.key == 'parking_spaces' }.actual",
                        equalTo(4734))
                .body(
                        "find { it.code == 'XX2024-08' }.indicators.find { it.key == 'parking_spaces' }.target",
                        equalTo(3000))
                .body(
                        "find { it.code == 'XX2024-08' }.indicators.find { it.key == 'parking_spaces' }.achievementRate",
                        equalTo(157.8f))
                .body("find { it.code == 'XX2024-08' }.phase", equalTo("COMPLETED"));
    }
}
