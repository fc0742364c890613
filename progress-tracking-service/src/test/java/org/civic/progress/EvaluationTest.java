package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.civic.progress.RegistryData.programme;
import static org.civic.progress.RegistryData.project;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 满意度测评 by 镇海's rule through the API: edge tallies, quorum, inconsistent tallies (README "Satisfaction evaluation"). */
@QuarkusTest
class EvaluationTest {

    static final String REVIEWER = Identities.bearer("staff:reviewer-1", Roles.REVIEWER);

    @Inject
    EntityManager entityManager;

    String programmeId;
    List<String> projects;

    @BeforeEach
    void setUp() {
        programmeId = programme();
        LocalDate start = LocalDate.of(2024, 1, 1);
        LocalDate end = LocalDate.of(2024, 12, 31);
        projects = List.of(
                project(programmeId, "ZH-01", start, end),
                project(programmeId, "ZH-02", start, end),
                project(programmeId, "ZH-03", start, end));
    }

    static Map<String, Object> tally(String projectId, int satisfied, int basically, int dissatisfied, int abstained) {
        return Map.of(
                "projectId", projectId,
                "satisfied", satisfied,
                "basicallySatisfied", basically,
                "dissatisfied", dissatisfied,
                "abstained", abstained);
    }

    Map<String, Object> evaluation(int members, int present, List<Map<String, Object>> tallies) {
        return Map.of(
                "programmeId", programmeId,
                "heldOn", "2024-12-26",
                "members", members,
                "present", present,
                "note", "区人大常委会会议",
                "tallies", tallies);
    }

    long stored() {
        return entityManager
                .createQuery("select count(e) from Evaluation e where e.programmeId = :p", Long.class)
                .setParameter("p", UUID.fromString(programmeId))
                .getSingleResult();
    }

    @Test
    void zhenhaisRuleGradesOnTheMembersAndExactlyHalfIsNotEnough() {
        // 50 members, 40 present: more than half of the members is 26 or more.
        String id = given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(evaluation(
                        50,
                        40,
                        List.of(
                                tally(projects.get(0), 26, 10, 4, 0),
                                tally(projects.get(1), 25, 1, 14, 0),
                                tally(projects.get(2), 20, 5, 10, 5))))
                .when()
                .post("/evaluations")
                .then()
                .statusCode(201)
                .header("Location", containsString("/evaluations/"))
                .body("rule.code", equalTo("zhenhai"))
                .body("rule.version", equalTo(1))
                .body("results[0].grade", equalTo("SATISFIED"))
                .body("results[1].grade", equalTo("BASICALLY_SATISFIED"))
                .body("results[2].grade", equalTo("NOT_SATISFIED"))
                .body("results[2].code", equalTo("ZH-03"))
                .body("byGrade", equalTo(Map.of("SATISFIED", 1, "BASICALLY_SATISFIED", 1, "NOT_SATISFIED", 1)))
                // (36 + 26 + 25) content of 115 votes cast (abstentions left out)
                .body("satisfactionRate", equalTo(75.65f))
                .body("results[2].satisfactionRate", equalTo(71.43f))
                .body("illustrative", equalTo(false))
                .extract()
                .path("id");

        given().when()
                .get("/evaluations/" + id)
                .then()
                .statusCode(200)
                .body("results", hasSize(3))
                .body("results[1].grade", equalTo("BASICALLY_SATISFIED"));
        given().when()
                .get("/evaluations?programmeId=" + programmeId)
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(id));
    }

    @Test
    void exactlyHalfTheMembersPresentIsNoQuorum() {
        given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(evaluation(50, 25, List.of(tally(projects.get(0), 25, 0, 0, 0))))
                .when()
                .post("/evaluations")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("quorum-not-met"))
                .body("detail", containsString("25 of 50 members present; the quorum is more than 0.5 of members"));
        given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(evaluation(50, 26, List.of(tally(projects.get(0), 26, 0, 0, 0))))
                .when()
                .post("/evaluations")
                .then()
                .statusCode(201)
                .body("results[0].grade", equalTo("SATISFIED"));
    }

    @Test
    void aTallyThatDoesNotAddUpToTheDeputiesPresentIs422AndStoresNothing() {
        given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(evaluation(
                        50, 40, List.of(tally(projects.get(0), 26, 10, 4, 0), tally(projects.get(1), 30, 5, 4, 0))))
                .when()
                .post("/evaluations")
                .then()
                .statusCode(422)
                .body("type", containsString("tally-inconsistent"))
                .body(
                        "detail",
                        equalTo("Every tally must add up to the 40 deputies present: tallies[1] counts 39 "
                                + "votes and abstentions."));
        given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(evaluation(40, 41, List.of(tally(projects.get(0), 41, 0, 0, 0))))
                .when()
                .post("/evaluations")
                .then()
                .statusCode(422)
                .body("detail", equalTo("41 deputies present but only 40 members."));
        given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(evaluation(50, 40, List.of(tally(UUID.randomUUID().toString(), 40, 0, 0, 0))))
                .when()
                .post("/evaluations")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("tallies[0].projectId"));
        given().header("Authorization", Identities.editorOf(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(evaluation(50, 40, List.of(tally(projects.get(0), 40, 0, 0, 0))))
                .when()
                .post("/evaluations")
                .then()
                .statusCode(403);
        assertEquals(0, stored());
    }
}
