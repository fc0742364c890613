package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.civic.progress.RegistryData.department;
import static org.civic.progress.RegistryData.parkingProject;
import static org.civic.progress.RegistryData.programme;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Progress enforces the rules itself, and asks the registry as the caller: an editor files only for its own
 * department, only reviewers decide, API clients never see a draft programme's projects.
 */
@QuarkusTest
class AccessRulesTest {

    static final String PUBLIC_APP = Identities.bearer("client:news app", Roles.PUBLIC_READ);

    @Inject
    EntityManager entityManager;

    String programmeId;
    String projectId;

    @BeforeEach
    void setUp() {
        programmeId = programme();
        projectId = parkingProject(programmeId, "XX-ACL");
    }

    static Map<String, Object> report(String asOf) {
        return Map.of(
                "asOf", asOf, "actuals", List.of(Map.of("key", "spaces", "value", 1200)), "narrative", "截至" + asOf);
    }

    long reports() {
        return entityManager
                .createQuery("select count(r) from Report r where r.projectId = :p", Long.class)
                .setParameter("p", UUID.fromString(projectId))
                .getSingleResult();
    }

    @Test
    void withoutAGatewayIdentityNothingIsReadOrStored() {
        Identities.actAsNobody();
        given().when()
                .get("/projects/" + projectId + "/status")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().contentType(ContentType.JSON)
                .body(report("2024-06-30"))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(401);
        assertEquals(0, reports());
    }

    @Test
    void anEditorFilesOnlyForItsOwnDepartmentAndOnlyReviewersDecide() {
        String ownEditor = Identities.editorOf(UUID.fromString(department(programmeId)));
        String otherEditor = Identities.editorOf(UUID.randomUUID());

        given().header("Authorization", otherEditor)
                .contentType(ContentType.JSON)
                .body(report("2024-06-30"))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("department"));
        given().header("Authorization", otherEditor)
                .contentType(ContentType.JSON)
                .body(Map.of("code", "STARTED", "plannedDate", "2024-03-01"))
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(403);
        assertEquals(0, reports());

        String id = given().header("Authorization", ownEditor)
                .contentType(ContentType.JSON)
                .body(report("2024-06-30"))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(201)
                .body("reporter", equalTo("staff:test-editor"))
                .extract()
                .path("id");
        given().header("Authorization", ownEditor)
                .when()
                .post("/reports/" + id + "/submit")
                .then()
                .statusCode(200);
        given().header("Authorization", ownEditor)
                .when()
                .post("/reports/" + id + "/approve")
                .then()
                .statusCode(403);
        given().header("Authorization", PUBLIC_APP)
                .when()
                .post("/reports/" + id + "/approve")
                .then()
                .statusCode(403);
        given().when().get("/reports/" + id).then().body("state", equalTo("SUBMITTED"));
        given().header("Authorization", Identities.bearer("staff:rita", Roles.REVIEWER))
                .when()
                .post("/reports/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("decidedBy", equalTo("staff:rita"));

        // a department's system with progress:write files too (and is not bound to a department)
        given().header("Authorization", Identities.bearer("client:district system", Roles.PROGRESS_WRITE))
                .contentType(ContentType.JSON)
                .body(report("2024-09-30"))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(201);
        assertEquals(2, reports());
    }

    @Test
    void apiClientsReadPublishedProjectsOnly() {
        String draftProgramme = programme("DRAFT");
        String draftProject = parkingProject(draftProgramme, "XX-DRAFT");
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .statusCode(200);
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/projects/" + projectId + "/reports")
                .then()
                .statusCode(200);
        for (String path : List.of("/status", "/reports", "/milestones")) {
            given().header("Authorization", PUBLIC_APP)
                    .when()
                    .get("/projects/" + draftProject + path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/programmes/" + draftProgramme + "/summary")
                .then()
                .statusCode(404);
        given().header("Authorization", Identities.bearer("staff:dash", Roles.DASHBOARD))
                .when()
                .get("/projects/" + draftProject + "/status")
                .then()
                .statusCode(200);
        given().header("Authorization", PUBLIC_APP)
                .contentType(ContentType.JSON)
                .body(report("2024-06-30"))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(403);
        assertEquals(0, reports());
    }
}
