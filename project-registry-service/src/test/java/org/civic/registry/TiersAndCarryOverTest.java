package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.civic.registry.RegistryFixtures.child;
import static org.civic.registry.RegistryFixtures.department;
import static org.civic.registry.RegistryFixtures.programme;
import static org.civic.registry.RegistryFixtures.programmeBody;
import static org.civic.registry.RegistryFixtures.project;
import static org.civic.registry.RegistryFixtures.projectBody;
import static org.civic.registry.RegistryFixtures.province;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tiers and 续建: a programme lists other programmes' projects without copying them; a project keeps one identity. */
@QuarkusTest
class TiersAndCarryOverTest {

    @Inject
    EntityManager entityManager;

    String province;
    String city;
    String otherCity;
    String lead;

    @BeforeEach
    void setUp() {
        province = province();
        city = child(province, "CITY", "泉州市");
        otherCity = child(province, "CITY", "厦门市");
        lead = department(city, "泉州市住房和城乡建设局");
    }

    @Test
    void anUnfinishedProjectContinuesIntoNextYearAsOneProjectWithItsHistory() {
        String year2024 = programme(city, "PUBLISHED");
        String project = project(year2024, "QZ2024-03", "10个老旧小区改造示范项目", lead);
        Map<String, Object> changed = projectBody(year2024, "QZ2024-03", "10个老旧小区改造示范项目", lead);
        changed.put("plannedEnd", "2025-06-30");
        changed.put("reason", "施工期延长, 跨年续建");
        String etag =
                given().when().get("/projects/" + project).then().extract().header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(changed)
                .when()
                .put("/projects/" + project)
                .then()
                .statusCode(200);
        String year2025 = programmeOf(city, 2025);

        given().contentType(ContentType.JSON)
                .body(Map.of("projectId", project, "kind", "CONTINUES", "note", "2024年未完工, 列为续建项目"))
                .when()
                .post("/programmes/" + year2025 + "/links")
                .then()
                .statusCode(201)
                .body("kind", equalTo("CONTINUES"))
                .body("projectId", equalTo(project))
                .body("ownerYear", equalTo(2024));
        given().when()
                .get("/programmes/" + year2025 + "/links")
                .then()
                .statusCode(200)
                .body("tier", equalTo("CITY"))
                .body("links.projectId", equalTo(List.of(project)))
                .body("links[0].projectCode", equalTo("QZ2024-03"));
        given().when()
                .get("/projects/" + project + "/programmes")
                .then()
                .statusCode(200)
                .body("programmes.programmeId", equalTo(List.of(year2024, year2025)))
                .body("programmes.role", equalTo(List.of("OWNS", "CONTINUES")))
                .body("programmes.year", equalTo(List.of(2024, 2025)));
        given().when()
                .get("/projects/" + project + "/history")
                .then()
                .statusCode(200)
                .body("field", equalTo(List.of("plannedEnd", "continuedIn")))
                .body("[0].reason", equalTo("施工期延长, 跨年续建"))
                .body("[1].newValue", containsString(year2025));
        assertEquals(
                1L,
                count("SELECT count(*) FROM project WHERE code = 'QZ2024-03' AND programme_id = CAST('" + year2024
                        + "' AS uuid)"),
                "continued, not copied");
        assertEquals(0L, count("SELECT count(*) FROM project WHERE programme_id = CAST('" + year2025 + "' AS uuid)"));

        given().contentType(ContentType.JSON)
                .body(Map.of("projectId", project, "kind", "CONTINUES"))
                .when()
                .post("/programmes/" + year2025 + "/links")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:civic:problem:project-linked"));
        given().contentType(ContentType.JSON)
                .body(Map.of("projectId", project, "kind", "CONTINUES"))
                .when()
                .post("/programmes/" + programme(city, "PUBLISHED") + "/links")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:civic:problem:link-not-allowed"))
                .body("detail", containsString("earlier year"));
    }

    @Test
    void aCityProgrammeListsTheProvincialItemsItCarriesOutButNotAnotherCitysOrALowerTiers() {
        String provincial = programme(province, "PUBLISHED");
        String provincialLead = department(province, "福建省住房和城乡建设厅");
        String item = project(provincial, "FJ2024-07", "城镇老旧小区改造", provincialLead);
        String cityProgramme = programme(city, "DRAFT");
        given().contentType(ContentType.JSON)
                .body(Map.of("projectId", item, "kind", "CARRIES_OUT"))
                .when()
                .post("/programmes/" + cityProgramme + "/links")
                .then()
                .statusCode(201)
                .body("ownerTier", equalTo("PROVINCE"))
                .body("ownerProgrammeId", equalTo(provincial));
        given().when()
                .get("/projects/" + item + "/programmes")
                .then()
                .statusCode(200)
                .body("programmes.role", equalTo(List.of("OWNS", "CARRIES_OUT")))
                .body("programmes.tier", equalTo(List.of("PROVINCE", "CITY")));

        String otherCitysItem = project(programme(otherCity, "PUBLISHED"), "XM2024-01", "厦门项目", provincialLead);
        given().contentType(ContentType.JSON)
                .body(Map.of("projectId", otherCitysItem, "kind", "CARRIES_OUT"))
                .when()
                .post("/programmes/" + cityProgramme + "/links")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:civic:problem:link-not-allowed"))
                .body("detail", containsString("not above"));
        String draftItem = project(programme(province, "DRAFT"), "FJ2024-08", "草案项目", provincialLead);
        given().contentType(ContentType.JSON)
                .body(Map.of("projectId", draftItem, "kind", "CARRIES_OUT"))
                .when()
                .post("/programmes/" + cityProgramme + "/links")
                .then()
                .statusCode(422)
                .body("detail", containsString("draft"));
        assertEquals(
                1L,
                count("SELECT count(*) FROM programme_link WHERE programme_id = CAST('" + cityProgramme
                        + "' AS uuid)"));
    }

    private static String programmeOf(String region, int year) {
        Map<String, Object> body = new HashMap<>(programmeBody(region, "DRAFT"));
        body.put("year", year);
        body.put("title", year + "年为民办实事项目");
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/programmes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
