package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.civic.registry.RegistryFixtures.child;
import static org.civic.registry.RegistryFixtures.department;
import static org.civic.registry.RegistryFixtures.programme;
import static org.civic.registry.RegistryFixtures.project;
import static org.civic.registry.RegistryFixtures.province;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GET → change → PUT (Google AIP-203): a body as read, output-only fields and all, is accepted back; the output-only
 * fields are ignored, but an id that is not the path's is refused, and unknown fields stay refused.
 */
@QuarkusTest
class ReadBodyPutBackTest {

    @Test
    void aProjectAsReadCanBeChangedAndPutBack() {
        String id = aProject();
        putBackChanged("/projects/" + id, "title", "电子健康卡(医码通)项目二期(扩容)");
    }

    @Test
    void aProgrammeAsReadCanBeChangedAndPutBack() {
        putBackChanged("/programmes/" + programme(province(), "DRAFT"), "title", "晋江市2022年为民办实事项目");
    }

    @Test
    void aDepartmentAsReadCanBeChangedAndPutBack() {
        putBackChanged("/departments/" + department(province(), "晋江市卫生健康局"), "name", "晋江市卫生健康局(医保)");
    }

    @Test
    void aRegionAsReadCanBeChangedAndPutBack() {
        putBackChanged(
                "/regions/" + child(province(), "CITY", "泉州市"), "name", Map.of("zh", "泉州市", "en", "Quanzhou City"));
    }

    @Test
    void anIdOfAnotherResourceIsRefusedAndNothingIsStored() {
        Map<String, String> fieldByPath = Map.of(
                "/projects/" + aProject(),
                "title",
                "/programmes/" + programme(province(), "DRAFT"),
                "title",
                "/departments/" + department(province(), "晋江市教育局"),
                "name");
        fieldByPath.forEach((path, field) -> {
            ExtractableResponse<Response> read =
                    given().when().get(path).then().statusCode(200).extract();
            Map<String, Object> body = read.jsonPath().getMap("");
            body.put("id", UUID.randomUUID().toString());
            body.put(field, "不应保存");
            given().contentType(ContentType.JSON)
                    .header("If-Match", read.header("ETag"))
                    .body(body)
                    .when()
                    .put(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("id"))
                    .body(
                            "violations[0].message",
                            containsString(read.path("id").toString()));
            given().when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("ETag", read.header("ETag"))
                    .body(field, equalTo(read.path(field)));
        });
    }

    @Test
    void aMergePatchNamingAnotherIdIsRefused() {
        String path = "/projects/" + aProject();
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("id", UUID.randomUUID().toString(), "title", "不应保存"))
                .when()
                .patch(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("id"));
        given().when().get(path).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void theIdInAnotherCaseIsTheSameId() {
        String path = "/projects/" + aProject();
        ExtractableResponse<Response> read =
                given().when().get(path).then().statusCode(200).extract();
        Map<String, Object> body = read.jsonPath().getMap("");
        body.put("id", read.path("id").toString().toUpperCase());
        given().contentType(ContentType.JSON)
                .header("If-Match", read.header("ETag"))
                .body(body)
                .when()
                .put(path)
                .then()
                .statusCode(200);
    }

    @Test
    void unknownFieldsAreStillRefused() {
        String path = "/projects/" + aProject();
        ExtractableResponse<Response> read =
                given().when().get(path).then().statusCode(200).extract();
        Map<String, Object> body = read.jsonPath().getMap("");
        body.put("budget", "1");
        given().contentType(ContentType.JSON)
                .header("If-Match", read.header("ETag"))
                .body(body)
                .when()
                .put(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("budget"))
                .body("violations[0].message", equalTo("unknown field"));
        given().when().get(path).then().statusCode(200).header("ETag", read.header("ETag"));
    }

    private static String aProject() {
        String city = province();
        return project(programme(city, "PUBLISHED"), "JJ2022-01", "电子健康卡(医码通)项目二期", department(city, "晋江市卫生健康局"));
    }

    /** Reads the resource, changes one field, puts the whole body back and reads the change. */
    private static void putBackChanged(String path, String field, Object value) {
        ExtractableResponse<Response> read =
                given().when().get(path).then().statusCode(200).extract();
        Map<String, Object> body = read.jsonPath().getMap("");
        body.put(field, value);
        given().contentType(ContentType.JSON)
                .header("If-Match", read.header("ETag"))
                .body(body)
                .when()
                .put(path)
                .then()
                .statusCode(200)
                .body(field, equalTo(value));
        given().when().get(path).then().statusCode(200).body(field, equalTo(value));
    }
}
