package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.civic.registry.RegistryFixtures.child;
import static org.civic.registry.RegistryFixtures.department;
import static org.civic.registry.RegistryFixtures.programme;
import static org.civic.registry.RegistryFixtures.programmeBody;
import static org.civic.registry.RegistryFixtures.project;
import static org.civic.registry.RegistryFixtures.province;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegionDepartmentProgrammeTest {

    @Inject
    EntityManager entityManager;

    @Test
    void regionsFormATreeAndAreListedByParentAndLevel() {
        String province = province();
        String city = child(province, "CITY", "泉州市");
        String county = child(city, "COUNTY", "晋江市");
        given().queryParam("parent", city)
                .when()
                .get("/regions")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(county)))
                .body("total", equalTo(1));
        given().queryParam("level", "COUNTY")
                .queryParam("size", 200)
                .when()
                .get("/regions")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(county))
                .body("items.code", not(hasItem(city)));
        given().when()
                .get("/regions/" + county)
                .then()
                .statusCode(200)
                .body("name.zh", equalTo("晋江市"))
                .body("parentCode", equalTo(city))
                .header("ETag", "\"0\"");
    }

    @Test
    void badRegionsAreRefusedWithTheField() {
        String province = province();
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "12ab", "name", Map.of("zh", "x"), "level", "CITY", "parentCode", province))
                .when()
                .post("/regions")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("code"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "code", "999999999", "name", Map.of("zh", "x"), "level", "CITY", "parentCode", "888888888"))
                .when()
                .post("/regions")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("parentCode"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "code", "999999998", "name", Map.of("zh", "x"), "level", "PROVINCE", "parentCode", province))
                .when()
                .post("/regions")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("level"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", province, "name", Map.of("zh", "x"), "level", "PROVINCE"))
                .when()
                .post("/regions")
                .then()
                .statusCode(409);
        given().when().get("/regions/999999998").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void regionUpdatesNeedTheCurrentETag() {
        String province = province();
        Map<String, Object> body = Map.of("name", Map.of("zh", "福建省", "en", "Fujian Province"), "level", "PROVINCE");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/regions/" + province)
                .then()
                .statusCode(428);
        given().contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", "\"7\"")
                .when()
                .put("/regions/" + province)
                .then()
                .statusCode(412);
        given().contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", "\"0\"")
                .when()
                .put("/regions/" + province)
                .then()
                .statusCode(200)
                .body("name.en", equalTo("Fujian Province"))
                .header("ETag", "\"1\"");
        given().header("If-None-Match", "\"1\"")
                .when()
                .get("/regions/" + province)
                .then()
                .statusCode(304);
    }

    @Test
    void departmentsBelongToKnownRegionsWithUniqueCodes() {
        String province = province();
        String city = child(province, "CITY", "新乡市");
        String id = department(city, "新乡市住房和城乡建设局");
        String code = RegistryFixtures.departmentCode(id);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "另一个", "regionCode", city))
                .when()
                .post("/departments")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "XX-NEW", "name", "x", "regionCode", "777777777"))
                .when()
                .post("/departments")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("regionCode"));
        given().queryParam("region", province)
                .when()
                .get("/departments")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().queryParam("q", "住房")
                .queryParam("region", province)
                .when()
                .get("/departments")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        given().when().get("/departments/not-a-uuid").then().statusCode(400).body("violations[0].field", equalTo("id"));
    }

    @Test
    void programmeInputIsValidatedAndNothingIsStored() {
        String province = province();
        long before = programmes();
        Map<String, Object> body = new HashMap<>(programmeBody(province, "DRAFT"));
        body.put("year", 1899);
        body.put("plannedTotalInvestment", "12.345");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/programmes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("year", "plannedTotalInvestment"));
        body = new HashMap<>(programmeBody(province, "DRAFT"));
        body.put("plannedTotalInvestment", "-1");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/programmes")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("plannedTotalInvestment"));
        body = new HashMap<>(programmeBody(province, "DRAFT"));
        body.put("domains", List.of(Map.of("code", "A", "name", "甲"), Map.of("code", "A", "name", "乙")));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/programmes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("domains"));
        assertEquals(before, programmes());
    }

    @Test
    void programmesListByRegionIncludingSubRegionsAndKeepTheirTaxonomy() {
        String province = province();
        String city = child(province, "CITY", "泉州市");
        String id = programme(city, "PUBLISHED");
        given().queryParam("region", province)
                .queryParam("year", 2024)
                .when()
                .get("/programmes")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].domains.code", equalTo(List.of("ELDERLY", "EDU", "HEALTH")))
                .body("items[0].plannedTotalInvestment", equalTo("553000000.00"))
                .body("items[0].plannedProjectCount", equalTo(41))
                .body("items[0].projectCount", equalTo(0));
        given().queryParam("region", "123")
                .when()
                .get("/programmes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("region"));
        given().queryParam("year", "abc")
                .when()
                .get("/programmes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("year"));
    }

    @Test
    void programmeStatesOnlyMoveForwardAndUsedDomainsStay() {
        String province = province();
        String id = programme(province, "PUBLISHED");
        String lead = department(province, "卫健委");
        project(id, "P-1", "长者食堂", lead);
        Map<String, Object> back = new HashMap<>(programmeBody(province, "DRAFT"));
        given().contentType(ContentType.JSON)
                .body(back)
                .header("If-Match", etag("/programmes/" + id))
                .when()
                .put("/programmes/" + id)
                .then()
                .statusCode(409)
                .body("type", containsString("programme-state"));
        Map<String, Object> withoutElderly = new HashMap<>(programmeBody(province, "PUBLISHED"));
        withoutElderly.put("domains", List.of(Map.of("code", "EDU", "name", "文化教育")));
        given().contentType(ContentType.JSON)
                .body(withoutElderly)
                .header("If-Match", etag("/programmes/" + id))
                .when()
                .put("/programmes/" + id)
                .then()
                .statusCode(409)
                .body("type", containsString("domain-in-use"));
        Map<String, Object> renamed = new HashMap<>(programmeBody(province, "CLOSED"));
        renamed.put(
                "domains", List.of(Map.of("code", "HEALTH", "name", "医疗"), Map.of("code", "ELDERLY", "name", "养老")));
        given().contentType(ContentType.JSON)
                .body(renamed)
                .header("If-Match", etag("/programmes/" + id))
                .when()
                .put("/programmes/" + id)
                .then()
                .statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("domains.code", equalTo(List.of("HEALTH", "ELDERLY")))
                .body("projectCount", equalTo(1));
    }

    @Test
    void idempotencyKeyReplaysTheFirstCreateAndRefusesADifferentBody() {
        String province = province();
        Map<String, Object> body = programmeBody(province, "DRAFT");
        long before = programmes();
        String first = given().contentType(ContentType.JSON)
                .body(body)
                .header("Idempotency-Key", "prog-" + province)
                .when()
                .post("/programmes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(body)
                .header("Idempotency-Key", "prog-" + province)
                .when()
                .post("/programmes")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", containsString(first))
                .body("id", equalTo(first));
        assertEquals(before + 1, programmes());
        Map<String, Object> other = new HashMap<>(body);
        other.put("title", "另一个标题");
        given().contentType(ContentType.JSON)
                .body(other)
                .header("Idempotency-Key", "prog-" + province)
                .when()
                .post("/programmes")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        assertEquals(before + 1, programmes());
    }

    @Test
    void aProgrammesProjectListCanBeRevalidated() {
        String province = province();
        String id = programme(province, "PUBLISHED");
        String lead = department(province, "民政局");
        String project = project(id, "R-1", "长者食堂", lead);
        String tag = given().when()
                .get("/programmes/" + id + "/projects")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("R-1")))
                .extract()
                .header("ETag");
        given().header("If-None-Match", tag)
                .when()
                .get("/programmes/" + id + "/projects")
                .then()
                .statusCode(304);
        given().contentType(ContentType.JSON)
                .body(Map.of("titleEn", "Canteens"))
                .header("If-Match", "\"0\"")
                .when()
                .patch("/projects/" + project)
                .then()
                .statusCode(200);
        given().header("If-None-Match", tag)
                .when()
                .get("/programmes/" + id + "/projects")
                .then()
                .statusCode(200)
                .body("[0].titleEn", equalTo("Canteens"));
        given().when()
                .get("/programmes/00000000-0000-0000-0000-000000000000/projects")
                .then()
                .statusCode(404);
    }

    static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private long programmes() {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from programme")
                        .getSingleResult())
                .longValue();
    }
}
