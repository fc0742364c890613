package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.civic.progress.RegistryData.parkingProject;
import static org.civic.progress.RegistryData.programme;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 公示 snapshots: immutable, hashed, compared and exported (README "Published snapshots"). */
@QuarkusTest
class SnapshotTest {

    static final String REVIEWER = Identities.bearer("staff:reviewer-1", Roles.REVIEWER);

    @Inject
    EntityManager entityManager;

    String programmeId;
    String projectId;

    @BeforeEach
    void setUp() {
        programmeId = programme();
        projectId = parkingProject(programmeId, "XX-PARK");
    }

    String approved(int percent, String supersedesId) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "asOf",
                "2024-06-30",
                "percentComplete",
                percent,
                "actuals",
                List.of(Map.of("key", "spaces", "value", 1200)),
                "narrative",
                "截至2024-06-30"));
        if (supersedesId != null) {
            body.put("supersedesId", supersedesId);
        }
        String id = given().contentType(ContentType.JSON)
                .body(body)
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
        return id;
    }

    ExtractableResponse<Response> published(String asOf) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("asOf", asOf, "note", "6月底进展公示"))
                .when()
                .post("/programmes/" + programmeId + "/snapshots")
                .then()
                .statusCode(201)
                .header("Location", containsString("/snapshots/"))
                .body("publishedBy", equalTo(Identities.TEST_ADMIN))
                .extract();
    }

    long snapshots() {
        return entityManager
                .createQuery("select count(s) from Snapshot s where s.programmeId = :p", Long.class)
                .setParameter("p", UUID.fromString(programmeId))
                .getSingleResult();
    }

    @Test
    void aSnapshotIsUnchangedByALaterApprovedCorrectionAndTheDiffShowsIt() {
        String first = approved(60, null);
        ExtractableResponse<Response> a = published("2024-06-30");
        String aId = a.path("id");
        String aHash = a.path("contentHash");
        assertEquals("\"" + aHash + "\"", a.header("ETag"));
        assertEquals(60, (Integer) a.path("bulletin.projects[0].completionPercent"));
        String aBulletin = given().when()
                .get("/snapshots/" + aId)
                .then()
                .extract()
                .jsonPath()
                .prettify();

        approved(80, first); // the correction supersedes the report the snapshot was made from

        given().when()
                .get("/snapshots/" + aId)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"" + aHash + "\""))
                .header("Cache-Control", containsString("max-age"))
                .body("contentHash", equalTo(aHash))
                .body("bulletin.projects[0].completionPercent", equalTo(60));
        assertEquals(
                aBulletin,
                given().when()
                        .get("/snapshots/" + aId)
                        .then()
                        .extract()
                        .jsonPath()
                        .prettify());
        given().header("If-None-Match", "\"" + aHash + "\"")
                .when()
                .get("/snapshots/" + aId)
                .then()
                .statusCode(304);

        ExtractableResponse<Response> b = published("2024-06-30");
        String bId = b.path("id");
        assertEquals(80, (Integer) b.path("bulletin.projects[0].completionPercent"));
        assertNotEquals(aHash, b.path("contentHash"));

        given().when()
                .get("/snapshots/" + aId + "/compare/" + bId)
                .then()
                .statusCode(200)
                .body("from.contentHash", equalTo(aHash))
                .body("programme", hasSize(0))
                .body("projects", hasSize(1))
                .body("projects[0].code", equalTo("XX-PARK"))
                .body("projects[0].kind", equalTo("CHANGED"))
                .body("projects[0].changes.find { it.field == 'completionPercent' }.from", equalTo("60"))
                .body("projects[0].changes.find { it.field == 'completionPercent' }.to", equalTo("80"));
        given().when()
                .get("/programmes/" + programmeId + "/snapshots")
                .then()
                .statusCode(200)
                .body("id", hasItem(aId))
                .body("", hasSize(2));

        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery("UPDATE snapshot SET content_hash = repeat('0', 64) WHERE id = :id")
                                .setParameter("id", UUID.fromString(aId))
                                .executeUpdate()),
                "the database refuses to change a published snapshot");
        given().when().get("/snapshots/" + aId).then().body("contentHash", equalTo(aHash));
    }

    @Test
    void aSnapshotExportsItsBulletinLinesAsCsvAndXlsx() {
        approved(60, null);
        String id = published("2024-06-30").path("id");
        String csv = given().when()
                .get("/snapshots/" + id + "/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(".csv"))
                .extract()
                .asString();
        List<String> lines = Arrays.asList(csv.replace("\uFEFF", "").split("\r\n"));
        assertEquals(
                "code,title,leadDepartment,districtCodes,phase,completionClass,completionPercent,elapsedPercent,"
                        + "scheduleGapPoints,light,health",
                lines.get(0));
        assertEquals(
                "XX-PARK,新增停车泊位,新乡市住房和城乡建设局,,NOT_STARTED,NOT_COMPLETED,60,49.6,-10.4,GREEN,ON_TRACK", lines.get(1));
        byte[] xlsx = given().when()
                .get("/snapshots/" + id + "/export?format=xlsx")
                .then()
                .statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .extract()
                .asByteArray();
        assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(xlsx, 2), "an XLSX is a zip");
        given().when()
                .get("/snapshots/" + id + "/export?format=pdf")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAnAdminPublishesAndNeverForAFutureDate() {
        given().header("Authorization", REVIEWER)
                .contentType(ContentType.JSON)
                .body(Map.of("asOf", "2024-06-30"))
                .when()
                .post("/programmes/" + programmeId + "/snapshots")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2999-01-01"))
                .when()
                .post("/programmes/" + programmeId + "/snapshots")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
        assertEquals(0, snapshots());
        given().when().get("/snapshots/" + UUID.randomUUID()).then().statusCode(404);
    }
}
