package org.civic.registry;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the regions, departments and programmes a test needs, each with unique codes, through the API. */
final class RegistryFixtures {

    private RegistryFixtures() {}

    static String uniqueDigits() {
        return String.valueOf(100000 + (int) (Math.random() * 899999));
    }

    static String province() {
        String code = uniqueDigits() + uniqueDigits();
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", Map.of("zh", "福建省", "en", "Fujian"), "level", "PROVINCE"))
                .when()
                .post("/regions")
                .then()
                .statusCode(201);
        return code;
    }

    static String child(String parent, String level, String zh) {
        String code = uniqueDigits() + uniqueDigits();
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", Map.of("zh", zh), "level", level, "parentCode", parent))
                .when()
                .post("/regions")
                .then()
                .statusCode(201);
        return code;
    }

    static String department(String regionCode, String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        "D" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "name",
                        name,
                        "regionCode",
                        regionCode))
                .when()
                .post("/departments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String departmentCode(String id) {
        return given().when()
                .get("/departments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    static Map<String, Object> programmeBody(String regionCode, String state) {
        return Map.of(
                "regionCode",
                regionCode,
                "year",
                2024,
                "title",
                "2024年为民办实事项目",
                "state",
                state,
                "plannedTotalInvestment",
                "553000000.00",
                "plannedProjectCount",
                41,
                "domains",
                List.of(
                        Map.of("code", "ELDERLY", "name", "养老服务"),
                        Map.of("code", "EDU", "name", "文化教育"),
                        Map.of("code", "HEALTH", "name", "医疗与健康服务")));
    }

    static String programme(String regionCode, String state) {
        return given().contentType(ContentType.JSON)
                .body(programmeBody(regionCode, state))
                .when()
                .post("/programmes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> projectBody(String programmeId, String code, String title, String lead) {
        return new HashMap<>(Map.of(
                "programmeId",
                programmeId,
                "code",
                code,
                "title",
                title,
                "description",
                "建成具有供餐、配餐、助餐功能的长者食堂",
                "domainCode",
                "ELDERLY",
                "leadDepartmentId",
                lead,
                "plannedInvestment",
                "1250000.50",
                "plannedStart",
                "2024-01-01",
                "plannedEnd",
                "2024-12-31",
                "indicators",
                List.of(Map.of(
                        "key",
                        "canteens",
                        "name",
                        "长者食堂",
                        "unit",
                        "个",
                        "baseline",
                        0,
                        "target",
                        88,
                        "direction",
                        "INCREASE",
                        "cumulative",
                        true))));
    }

    static String project(String programmeId, String code, String title, String lead) {
        return given().contentType(ContentType.JSON)
                .body(projectBody(programmeId, code, title, lead))
                .when()
                .post("/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
