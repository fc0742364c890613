package org.civic.progress;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Creates programmes and projects in the real registry the tests run against. */
final class RegistryData {

    private RegistryData() {}

    static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.registry.url", String.class);
    }

    static String programme() {
        return programme("PUBLISHED");
    }

    static String programme(String state) {
        String code;
        int status;
        do { // a random region code; another test (or the demo data) may already have drawn it
            code = String.valueOf(100000 + (int) (Math.random() * 899999));
            status = given().baseUri(url())
                    .contentType(ContentType.JSON)
                    .body(Map.of("code", code, "name", Map.of("zh", "新乡市"), "level", "CITY"))
                    .when()
                    .post("/regions")
                    .then()
                    .extract()
                    .statusCode();
        } while (status == 409);
        if (status != 201) {
            throw new IllegalStateException("the registry answered " + status + " to a new region");
        }
        String department = given().baseUri(url())
                .contentType(ContentType.JSON)
                .body(Map.of("code", "XX-" + code, "name", "新乡市住房和城乡建设局", "regionCode", code))
                .when()
                .post("/departments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return given().baseUri(url())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "regionCode",
                        code,
                        "year",
                        2024,
                        "title",
                        "新乡市2024年重点民生实事",
                        "state",
                        state,
                        "plannedProjectCount",
                        12,
                        "domains",
                        List.of(Map.of("code", "CITY", "name", "城市建设"), Map.of("code", "HEALTH", "name", "医疗健康")),
                        "sourceNote",
                        "test; department " + department))
                .when()
                .post("/programmes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String department(String programmeId) {
        String note = given().baseUri(url())
                .when()
                .get("/programmes/" + programmeId)
                .then()
                .extract()
                .path("sourceNote");
        return note.substring(note.indexOf("department ") + "department ".length());
    }

    /** A parking project: target 3,000 spaces, planned for 2024. */
    static String parkingProject(String programmeId, String code) {
        return given().baseUri(url())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "programmeId",
                        programmeId,
                        "code",
                        code,
                        "title",
                        "新增停车泊位",
                        "domainCode",
                        "CITY",
                        "leadDepartmentId",
                        department(programmeId),
                        "plannedStart",
                        "2024-01-01",
                        "plannedEnd",
                        "2024-12-31",
                        "plannedInvestment",
                        "30000000.00",
                        "indicators",
                        List.of(
                                Map.of(
                                        "key",
                                        "spaces",
                                        "name",
                                        "停车泊位",
                                        "unit",
                                        "个",
                                        "target",
                                        3000,
                                        "direction",
                                        "INCREASE",
                                        "cumulative",
                                        true),
                                Map.of(
                                        "key",
                                        "lots",
                                        "name",
                                        "停车场",
                                        "unit",
                                        "个",
                                        "target",
                                        20,
                                        "direction",
                                        "INCREASE",
                                        "cumulative",
                                        false))))
                .when()
                .post("/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A project without indicators, planned from {@code start} to {@code end}. */
    static String project(String programmeId, String code, LocalDate start, LocalDate end) {
        return given().baseUri(url())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "programmeId",
                        programmeId,
                        "code",
                        code,
                        "title",
                        "城区老旧小区改造 " + code,
                        "domainCode",
                        "CITY",
                        "leadDepartmentId",
                        department(programmeId),
                        "plannedStart",
                        start.toString(),
                        "plannedEnd",
                        end.toString(),
                        "indicators",
                        List.of()))
                .when()
                .post("/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void changeTarget(String projectId, int spaces) {
        var project = given().baseUri(url())
                .when()
                .get("/projects/" + projectId)
                .then()
                .statusCode(200)
                .extract();
        Map<String, Object> body = new HashMap<>(project.jsonPath().getMap(""));
        for (String field : List.of("id", "cancelReason", "createdAt", "updatedAt", "location")) {
            body.remove(field);
        }
        List<Map<String, Object>> indicators = project.jsonPath().getList("indicators");
        indicators.get(0).put("target", spaces);
        body.put("indicators", indicators);
        body.put("reason", "年中调整目标");
        given().baseUri(url())
                .contentType(ContentType.JSON)
                .header("If-Match", project.header("ETag"))
                .body(body)
                .when()
                .put("/projects/" + projectId)
                .then()
                .statusCode(200);
    }

    static String unknownId() {
        return UUID.randomUUID().toString();
    }
}
