package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.civic.registry.RegistryFixtures.programme;
import static org.civic.registry.RegistryFixtures.programmeBody;
import static org.civic.registry.RegistryFixtures.projectBody;
import static org.civic.registry.RegistryFixtures.uniqueDigits;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civic.common.web.ETags;
import org.civic.registry.api.Codes;
import org.junit.jupiter.api.Test;

/** Input that used to reach the database (or crash before it) is a 400 naming the field, storing nothing. */
@QuarkusTest
class BadInputTest extends CityWithTwoDepartments {

    @Test
    void pagesBeyondTheBoundOrBeyondANumberAreA400NamingPage() {
        given().when()
                .get("/regions?page=2147483647")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("page"));
        given().when()
                .get("/projects?page=99999999999999999999")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void aNulByteInAQueryParameterOrABodyStringIsA400NamingItAndStoresNothing() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/projects?q=%E9%A3%9F%00")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("q"));
        given().contentType(ContentType.JSON)
                .body(projectBody(programmeId, "QZ-NUL", "长者\u0000食堂", departmentA))
                .when()
                .post("/projects")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("title"));
        given().when()
                .get("/projects?programmeId=" + programmeId)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void oddCharactersInAnIdAreA400NamingTheParameterNotA500() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/projects/a%7Cb")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("id"));
        given().urlEncodingEnabled(false)
                .when()
                .get("/projects/%7B%25%3C%20")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("id"));
        given().urlEncodingEnabled(false)
                .when()
                .get("/regions/a%3Cb%20c")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void numbersForTextOrDatesAreA400NamingTheField() {
        Map<String, Object> numberForText = projectBody(programmeId, "QZ-NUM", "长者食堂", departmentA);
        numberForText.put("description", 12345);
        given().contentType(ContentType.JSON)
                .body(numberForText)
                .when()
                .post("/projects")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("description"));
        Map<String, Object> numberForDate = projectBody(programmeId, "QZ-DATE", "长者食堂", departmentA);
        numberForDate.put("plannedStart", 12345);
        given().contentType(ContentType.JSON)
                .body(numberForDate)
                .when()
                .post("/projects")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("plannedStart"));
        Map<String, Object> programme = new HashMap<>(programmeBody(city, "DRAFT"));
        programme.put("approvalDate", 12345);
        given().contentType(ContentType.JSON)
                .body(programme)
                .when()
                .post("/programmes")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("approvalDate"));
        programme.put("approvalDate", "2024-01-15");
        given().contentType(ContentType.JSON)
                .body(programme)
                .when()
                .post("/programmes")
                .then()
                .statusCode(201)
                .body("approvalDate", equalTo("2024-01-15"));
        given().when()
                .get("/projects?programmeId=" + programmeId)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aDuplicateJsonKeyIsA400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"" + uniqueDigits() + uniqueDigits()
                        + "\", \"name\": {\"zh\": \"甲\"}, \"level\": \"COUNTY\", " + "\"parentCode\": \"" + city
                        + "\", \"level\": \"CITY\"}")
                .when()
                .post("/regions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("level"));
    }

    @Test
    void aValueLongerThanItsDocumentedMaximumIsA400NamingItAndStoresNothing() {
        String tooLongRegion = "3".repeat(Codes.REGION_MAX_LENGTH + 1);
        Map<String, Object> project = projectBody(programmeId, "QZ-LONG", "长者食堂", departmentA);
        project.put("districtCodes", List.of(tooLongRegion));
        given().contentType(ContentType.JSON)
                .body(project)
                .when()
                .post("/projects")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("districtCodes"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "D".repeat(Codes.DEPARTMENT_MAX_LENGTH + 1), "name", "超长编码局", "regionCode", city))
                .when()
                .post("/departments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("code"));
        given().when()
                .get("/projects?q=" + "食".repeat(101))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("q"));
        given().when()
                .get("/departments?region=" + tooLongRegion)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("region"));
        given().when()
                .get("/regions/" + tooLongRegion)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("code"));
        given().header("If-None-Match", "\"" + "1".repeat(ETags.MAX_HEADER_LENGTH) + "\"")
                .when()
                .get("/programmes/" + programmeId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("If-None-Match"));
        given().when()
                .get("/projects?programmeId=" + programmeId)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().when().get("/departments?q=超长编码局").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aMethodNotAllowedGets405ProblemWithAllow() {
        given().when()
                .delete("/regions")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
    }
}
