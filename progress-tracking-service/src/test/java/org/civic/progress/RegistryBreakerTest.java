package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.civic.progress.RegistryData.parkingProject;
import static org.civic.progress.RegistryData.programme;
import static org.civic.progress.RegistryData.unknownId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Progress's circuit breaker to the registry counts only a registry that cannot answer: the registry's 404s (unknown
 * or draft programmes and projects) are the caller's 404, and neither they nor database errors in progress open it
 * for everyone else.
 */
@QuarkusTest
class RegistryBreakerTest {

    static final String PUBLIC_APP = Identities.bearer("client:news app", Roles.PUBLIC_READ);
    static final List<String> BREAKERS =
            List.of("registry-projects", "registry-programme", "registry-programme-projects");

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    EntityManager entityManager;

    String programmeId;
    String projectId;

    @BeforeEach
    void setUp() {
        breakers.resetAll();
        programmeId = programme();
        projectId = parkingProject(programmeId, "XX-CB");
    }

    @Test
    void unknownProgrammesAnswer404AndTheBreakerStaysClosedForEveryoneElse() {
        for (int i = 0; i < 25; i++) {
            given().header("Authorization", PUBLIC_APP)
                    .queryParam("programmeId", unknownId())
                    .when()
                    .get("/status")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:civic:problem:not-found"));
            given().header("Authorization", PUBLIC_APP)
                    .when()
                    .get("/programmes/" + unknownId() + "/summary")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        assertAllClosed();
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/programmes/" + programmeId + "/summary")
                .then()
                .statusCode(200)
                .body("projects", equalTo(1));
        given().header("Authorization", PUBLIC_APP)
                .queryParam("programmeId", programmeId)
                .when()
                .get("/status")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));
    }

    @Test
    void unknownProjectsAnswer404OnEveryEndpointAndTheBreakerStaysClosed() {
        for (int i = 0; i < 12; i++) {
            String unknown = unknownId();
            given().when()
                    .get("/projects/" + unknown + "/status")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            for (String path : List.of("/status", "/milestones", "/reports")) {
                given().header("Authorization", PUBLIC_APP)
                        .when()
                        .get("/projects/" + unknown + path)
                        .then()
                        .statusCode(404)
                        .contentType("application/problem+json");
            }
            given().contentType(ContentType.JSON)
                    .body(Map.of("code", "STARTED", "plannedDate", "2024-03-01"))
                    .when()
                    .post("/projects/" + unknown + "/milestones")
                    .then()
                    .statusCode(404);
            given().contentType(ContentType.JSON)
                    .body(Map.of("asOf", "2024-03-01"))
                    .when()
                    .post("/projects/" + unknown + "/reports")
                    .then()
                    .statusCode(404);
            given().queryParam("projectIds", unknown)
                    .when()
                    .get("/status")
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(0));
        }
        assertAllClosed();
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/projects/" + projectId + "/status")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "STARTED", "plannedDate", "2024-03-01"))
                .when()
                .post("/projects/" + projectId + "/milestones")
                .then()
                .statusCode(201);
    }

    @Test
    void draftProgrammesAre404ToApiClientsWithoutOpeningTheBreaker() {
        String draft = programme("DRAFT");
        String draftProject = parkingProject(draft, "XX-CB-DRAFT");
        for (int i = 0; i < 12; i++) {
            given().header("Authorization", PUBLIC_APP)
                    .queryParam("programmeId", draft)
                    .when()
                    .get("/status")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().header("Authorization", PUBLIC_APP)
                    .when()
                    .get("/programmes/" + draft + "/summary")
                    .then()
                    .statusCode(404);
            given().header("Authorization", PUBLIC_APP)
                    .when()
                    .get("/projects/" + draftProject + "/status")
                    .then()
                    .statusCode(404);
        }
        assertAllClosed();
        given().when().get("/programmes/" + draft + "/summary").then().statusCode(200);
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/programmes/" + programmeId + "/summary")
                .then()
                .statusCode(200);
    }

    @Test
    void databaseErrorsInProgressDoNotOpenTheRegistryBreaker() {
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/programmes/" + programmeId + "/summary")
                .then()
                .statusCode(200);
        ddl("ALTER TABLE milestone RENAME TO milestone_away");
        try {
            for (int i = 0; i < 20; i++) {
                // the registry answers; progress's own database fails after it (a new date each time: a summary
                // already made for a date is answered from the cache)
                given().header("Authorization", PUBLIC_APP)
                        .queryParam("asOf", LocalDate.of(2024, 6, 1).plusDays(i).toString())
                        .when()
                        .get("/programmes/" + programmeId + "/summary")
                        .then()
                        .statusCode(not(equalTo(200)));
            }
        } finally {
            ddl("ALTER TABLE milestone_away RENAME TO milestone");
        }
        assertAllClosed();
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/programmes/" + programmeId + "/summary")
                .then()
                .statusCode(200);
    }

    private void ddl(String sql) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("SET LOCAL lock_timeout = '5s'").executeUpdate();
            entityManager.createNativeQuery(sql).executeUpdate();
        });
    }

    /** A breaker no call has gone through yet does not exist: it is closed. */
    static CircuitBreakerState state(CircuitBreakerMaintenance breakers, String name) {
        try {
            return breakers.currentState(name);
        } catch (IllegalArgumentException never) {
            return CircuitBreakerState.CLOSED;
        }
    }

    private void assertAllClosed() {
        for (String name : BREAKERS) {
            assertEquals(CircuitBreakerState.CLOSED, state(breakers, name), name);
        }
    }
}
