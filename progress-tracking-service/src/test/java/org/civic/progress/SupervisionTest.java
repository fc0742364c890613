package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.civic.progress.RegistryData.department;
import static org.civic.progress.RegistryData.programme;
import static org.civic.progress.RegistryData.project;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.Test;

/** The monthly bulletin and 督办 notices through the API (README "Bulletin", "Supervision notices"). */
@QuarkusTest
class SupervisionTest {

    static final String REVIEWER = Identities.bearer("staff:reviewer-1", Roles.REVIEWER);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    EntityManager entityManager;

    static void milestone(String projectId, String code, String actual) {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "actualDate", actual))
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(201);
    }

    static void approvedReport(String projectId, LocalDate asOf, int percent) {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("asOf", asOf.toString(), "percentComplete", percent, "narrative", "截至" + asOf))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().when().post("/reports/" + id + "/submit").then().statusCode(200);
        given().header("Authorization", REVIEWER)
                .when()
                .post("/reports/" + id + "/approve")
                .then()
                .statusCode(200);
    }

    @Test
    void aHuichangShapedBulletinStates26Of65DoneAnd100PercentStarted() {
        // 会昌 October 2023: "26 of 65 done (40 %), 100 % started, lagging items under 挂牌督办".
        String programmeId = programme();
        LocalDate start = LocalDate.of(2023, 1, 1);
        LocalDate end = LocalDate.of(2023, 12, 31);
        String lagging = null;
        for (int i = 1; i <= 65; i++) {
            String id = project(programmeId, String.format("HC2023-%02d", i), start, end);
            milestone(id, i <= 26 ? "COMPLETED" : "STARTED", i <= 26 ? "2023-09-30" : "2023-03-01");
            if (i == 27) {
                lagging = id;
            }
        }
        approvedReport(lagging, LocalDate.of(2023, 10, 31), 70); // 83.2 % of the time gone: 13.2 points behind

        given().when()
                .get("/programmes/" + programmeId + "/bulletin?asOf=2023-10-31")
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("scale", equalTo("GREEN,YELLOW>=10,RED>30"))
                .body("programme.projects", equalTo(65))
                .body("programme.completed", equalTo(26))
                .body("programme.started", equalTo(65))
                .body("programme.completionRate", equalTo(40.0f))
                .body("programme.startRate", equalTo(100.0f))
                .body("programme.byLight", equalTo(Map.of("GREEN", 26, "YELLOW", 1, "RED", 38)))
                .body("byDepartment", hasSize(1))
                .body("byDepartment[0].key", equalTo(department(programmeId)))
                .body("byDepartment[0].name.zh", equalTo("新乡市住房和城乡建设局"))
                .body("byDepartment[0].completionRate", equalTo(40.0f))
                .body("byDistrict[0].key", equalTo("(none)"))
                .body("projects", hasSize(65))
                .body("projects.find { it.code == 'HC2023-27' }.elapsedPercent", equalTo(83.2f))
                .body("projects.find { it.code == 'HC2023-27' }.scheduleGapPoints", equalTo(13.2f))
                .body("projects.find { it.code == 'HC2023-27' }.light", equalTo("YELLOW"))
                .body("projects.find { it.code == 'HC2023-01' }.completionClass", equalTo("COMPLETED"))
                .body("projects.find { it.code == 'HC2023-01' }.light", equalTo("GREEN"));

        given().when()
                .get("/programmes/" + programmeId + "/summary?asOf=2023-10-31")
                .then()
                .statusCode(200)
                .body(
                        "byCompletionClass",
                        equalTo(Map.of("COMPLETED", 26, "BASICALLY_COMPLETED", 0, "NOT_COMPLETED", 39)))
                .body("byLight.RED", equalTo(38))
                .body("labels.completionClasses.BASICALLY_COMPLETED.zh", equalTo("基本完成"));
        given().when()
                .get("/projects/" + lagging + "/status?asOf=2023-10-31")
                .then()
                .statusCode(200)
                .body("completionClass", equalTo("NOT_COMPLETED"))
                .body("light", equalTo("YELLOW"));
    }

    @Test
    void aProjectFalling31PointsBehindItsElapsedTimeTurnsRedAndGetsANotice() {
        String programmeId = programme();
        // Half of its planned time has passed today.
        String projectId = project(programmeId, "HC-RED", TODAY.minusDays(50), TODAY.plusDays(50));
        approvedReport(projectId, TODAY.minusDays(1), 45); // 5 points behind: GREEN
        given().when()
                .get("/projects/" + projectId + "/supervision-notices")
                .then()
                .statusCode(200)
                .body("", hasSize(0));

        approvedReport(projectId, TODAY, 19); // 31 points behind: RED
        given().when()
                .get("/projects/" + projectId + "/status")
                .then()
                .statusCode(200)
                .body("scheduleGapPoints", equalTo(31))
                .body("light", equalTo("RED"));
        given().when()
                .get("/projects/" + projectId + "/supervision-notices")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].origin", equalTo("AUTOMATIC"))
                .body("[0].state", equalTo("OPEN"))
                .body("[0].issuedBy", equalTo("system:supervision"))
                .body("[0].departmentId", equalTo(department(programmeId)))
                .body("[0].dueDate", equalTo(TODAY.plusDays(15).toString()))
                .body("[0].reason", containsString("turned RED: 31 points behind"));

        approvedReport(projectId, TODAY, 10); // still red: the unresolved notice is not issued again
        given().when()
                .get("/projects/" + projectId + "/supervision-notices")
                .then()
                .body("", hasSize(1));
        given().when()
                .get("/programmes/" + programmeId + "/summary")
                .then()
                .statusCode(200)
                .body("notices.open", equalTo(1))
                .body("notices.overdue", equalTo(0));
    }

    String issued(String projectId, LocalDate due) {
        return given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(Map.of("projectId", projectId, "dueDate", due.toString(), "reason", "进度滞后，列入挂牌督办"))
                .when()
                .post("/supervision-notices")
                .then()
                .statusCode(201)
                .header("Location", containsString("/supervision-notices/"))
                .header("ETag", equalTo("\"0\""))
                .body("origin", equalTo("MANUAL"))
                .body("issuedBy", equalTo("staff:reviewer-1"))
                .body("state", equalTo("OPEN"))
                .extract()
                .path("id");
    }

    static Map<String, Object> decision(String comment, LocalDate due) {
        Map<String, Object> body = new HashMap<>(Map.of("comment", comment));
        if (due != null) {
            body.put("dueDate", due.toString());
        }
        return body;
    }

    long notices(String projectId) {
        return entityManager
                .createQuery("select count(n) from SupervisionNotice n where n.projectId = :p", Long.class)
                .setParameter("p", UUID.fromString(projectId))
                .getSingleResult();
    }

    @Test
    void theDepartmentRepliesTheIssuerClosesAndRefusedStepsAre409Or403() {
        String programmeId = programme();
        String projectId = project(programmeId, "HC-FLOW", TODAY.minusDays(10), TODAY.plusDays(300));
        String ownEditor = Identities.editorOf(UUID.fromString(department(programmeId)));
        String otherEditor = Identities.editorOf(UUID.randomUUID());

        given().header("Authorization", ownEditor)
                .contentType(ContentType.JSON)
                .body(Map.of("projectId", projectId, "dueDate", TODAY.toString(), "reason", "督办"))
                .when()
                .post("/supervision-notices")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "projectId", projectId, "dueDate", TODAY.minusDays(1).toString(), "reason", "督办"))
                .when()
                .post("/supervision-notices")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("dueDate"));
        assertEquals(0, notices(projectId));

        String id = issued(projectId, TODAY.plusDays(15));
        Map<String, Object> reply =
                Map.of("measures", "增派施工班组，倒排工期", "evidenceLinks", List.of("https://www.huichang.gov.cn/"));
        given().header("Authorization", ownEditor)
                .contentType(ContentType.JSON)
                .body(decision("不需要", null))
                .when()
                .post("/supervision-notices/" + id + "/close")
                .then()
                .statusCode(403);
        given().header("Authorization", otherEditor)
                .contentType(ContentType.JSON)
                .body(reply)
                .when()
                .post("/supervision-notices/" + id + "/reply")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("own department"));
        given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(decision("已整改", null))
                .when()
                .post("/supervision-notices/" + id + "/close")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("is OPEN and cannot be closed"));
        given().header("Authorization", ownEditor)
                .header("If-Match", "\"7\"")
                .contentType(ContentType.JSON)
                .body(reply)
                .when()
                .post("/supervision-notices/" + id + "/reply")
                .then()
                .statusCode(412);

        given().header("Authorization", ownEditor)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(reply)
                .when()
                .post("/supervision-notices/" + id + "/reply")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("state", equalTo("REPLIED"))
                .body("measures", equalTo("增派施工班组，倒排工期"))
                .body("evidenceLinks", equalTo(List.of("https://www.huichang.gov.cn/")));
        given().header("Authorization", ownEditor)
                .contentType(ContentType.JSON)
                .body(reply)
                .when()
                .post("/supervision-notices/" + id + "/reply")
                .then()
                .statusCode(409);

        given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(decision("整改措施落实到位，予以销号", null))
                .when()
                .post("/supervision-notices/" + id + "/close")
                .then()
                .statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("closedOn", equalTo(TODAY.toString()))
                .body("decidedBy", equalTo("staff:reviewer-1"));
        for (String step : List.of("close", "escalate", "extend")) {
            given().header("Authorization", REVIEWER)
                    .contentType(ContentType.JSON)
                    .body(decision("再议", TODAY.plusDays(60)))
                    .when()
                    .post("/supervision-notices/" + id + "/" + step)
                    .then()
                    .statusCode(409)
                    .body("type", containsString("notice-state"));
        }
        given().when().get("/programmes/" + programmeId + "/summary").then().body("notices.open", equalTo(0));
    }

    @Test
    void aNoticePastItsDueDateWithoutAReplyIsOverdueUntilExtended() {
        String programmeId = programme();
        String projectId = project(programmeId, "HC-LATE", TODAY.minusDays(10), TODAY.plusDays(300));
        String id = issued(projectId, TODAY);
        // The due date passes: the row is moved back, as if issued earlier.
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "UPDATE supervision_notice SET due_date = :due, issued_on = :due WHERE id = :id")
                        .setParameter("due", TODAY.minusDays(3))
                        .setParameter("id", UUID.fromString(id))
                        .executeUpdate());

        given().when().get("/supervision-notices/" + id).then().statusCode(200).body("overdue", equalTo(true));
        given().when()
                .get("/supervision-notices?overdue=true&programmeId=" + programmeId)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        given().when()
                .get("/programmes/" + programmeId + "/summary")
                .then()
                .body("notices.open", equalTo(1))
                .body("notices.overdue", equalTo(1));

        given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(decision("延期至月底", null))
                .when()
                .post("/supervision-notices/" + id + "/extend")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("dueDate"));
        given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(decision("延期至月底", TODAY.plusDays(20)))
                .when()
                .post("/supervision-notices/" + id + "/extend")
                .then()
                .statusCode(200)
                .body("state", equalTo("OPEN"))
                .body("overdue", equalTo(false))
                .body("extensions", equalTo(1));
        given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(decision("逾期未整改，提请上级督办", null))
                .when()
                .post("/supervision-notices/" + id + "/escalate")
                .then()
                .statusCode(200)
                .body("state", equalTo("ESCALATED"));
        given().when()
                .get("/supervision-notices?overdue=true&programmeId=" + programmeId)
                .then()
                .body("total", equalTo(0));
        given().when()
                .get("/supervision-notices?state=ESCALATED&programmeId=" + programmeId)
                .then()
                .body("total", equalTo(1));
    }
}
