package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.civic.registry.RegistryFixtures.project;
import static org.civic.registry.RegistryFixtures.projectBody;
import static org.civic.registry.RegistryFixtures.uniqueDigits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civic.testsupport.Concurrently;
import org.junit.jupiter.api.Test;

/** Races decided only at commit (unique codes, optimistic locks) answer 409 or 412, never 500. */
@QuarkusTest
class ConcurrentWritesTest extends CityWithTwoDepartments {

    @Test
    void tenConcurrentCreatesOfOneRegionCodeGiveOne201AndOtherwiseOnly409() {
        String code = uniqueDigits() + uniqueDigits();
        List<Integer> statuses = Concurrently.statuses(
                10,
                () -> given().contentType(ContentType.JSON)
                        .body(Map.of("code", code, "name", Map.of("zh", "晋江市"), "level", "COUNTY", "parentCode", city))
                        .when()
                        .post("/regions")
                        .then()
                        .extract()
                        .statusCode());
        assertOneWinner(statuses, 201, Set.of(201, 409));
    }

    @Test
    void tenConcurrentCreatesOfOneDepartmentCodeGiveOne201AndOtherwiseOnly409() {
        String code = "D" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<Integer> statuses = Concurrently.statuses(
                10,
                () -> given().contentType(ContentType.JSON)
                        .body(Map.of("code", code, "name", "泉州市教育局", "regionCode", city))
                        .when()
                        .post("/departments")
                        .then()
                        .extract()
                        .statusCode());
        assertOneWinner(statuses, 201, Set.of(201, 409));
    }

    @Test
    void tenConcurrentCreatesOfOneProjectCodeGiveOne201AndOtherwiseOnly409() {
        List<Integer> statuses = Concurrently.statuses(
                10,
                () -> given().contentType(ContentType.JSON)
                        .body(projectBody(programmeId, "QZ-RACE", "长者食堂", departmentA))
                        .when()
                        .post("/projects")
                        .then()
                        .extract()
                        .statusCode());
        assertOneWinner(statuses, 201, Set.of(201, 409));
    }

    @Test
    void tenConcurrentDeletesWithOneETagGiveOne204AndOtherwiseOnly412Or404() {
        String id = project(programmeId, "QZ-DEL", "长者食堂", departmentA);
        String etag = given().when()
                .get("/projects/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        List<Integer> statuses = Concurrently.statuses(
                10,
                () -> given().header("If-Match", etag)
                        .when()
                        .delete("/projects/" + id)
                        .then()
                        .extract()
                        .statusCode());
        assertOneWinner(statuses, 204, Set.of(204, 412, 404));
        given().when().get("/projects/" + id).then().statusCode(404);
    }

    @Test
    void tenConcurrentUpdatesWithOneETagGiveOne200AndOtherwiseOnly412() {
        String id = project(programmeId, "QZ-PUT", "长者食堂", departmentA);
        String etag = given().when()
                .get("/projects/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        List<Integer> statuses = Concurrently.statuses(
                10,
                () -> given().contentType(ContentType.JSON)
                        .header("If-Match", etag)
                        .body(projectBody(programmeId, "QZ-PUT", "长者食堂（改）", departmentA))
                        .when()
                        .put("/projects/" + id)
                        .then()
                        .extract()
                        .statusCode());
        assertOneWinner(statuses, 200, Set.of(200, 412));
    }

    static void assertOneWinner(List<Integer> statuses, int success, Set<Integer> allowed) {
        assertTrue(allowed.containsAll(statuses), "only " + allowed + " expected, got " + statuses);
        assertEquals(
                1, Collections.frequency(statuses, success), "exactly one " + success + " expected, got " + statuses);
    }
}
