package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.civic.registry.RegistryFixtures.child;
import static org.civic.registry.RegistryFixtures.department;
import static org.civic.registry.RegistryFixtures.programme;
import static org.civic.registry.RegistryFixtures.project;
import static org.civic.registry.RegistryFixtures.province;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sub-items roll up into their parent by explicit weights, else by investment, else equally; never by a guess. */
@QuarkusTest
class SubItemTest {

    String city;
    String lead;
    String parent;

    @BeforeEach
    void setUp() {
        city = child(province(), "CITY", "泉州市");
        lead = department(city, "泉州市住房和城乡建设局");
        parent = project(programme(city, "PUBLISHED"), "QZ2024-03", "10个老旧小区改造示范项目", lead);
    }

    @Test
    void withoutWeightsSubItemsWeighByInvestmentAndEquallyWhenOneHasNone() {
        add("QZ2024-03.01", "30000000.00", null).statusCode(201).body("basis", equalTo("INVESTMENT"));
        add("QZ2024-03.02", "10000000.00", null)
                .statusCode(201)
                .body("basis", equalTo("INVESTMENT"))
                .body("items.code", equalTo(List.of("QZ2024-03.01", "QZ2024-03.02")))
                .body("items.share", equalTo(List.of("0.750000", "0.250000")));
        add("QZ2024-03.03", null, null)
                .statusCode(201)
                .body("basis", equalTo("EQUAL"))
                .body("items.share", equalTo(List.of("0.333333", "0.333333", "0.333333")));
    }

    @Test
    void explicitWeightsAreAllOrNothing() {
        add("QZ2024-03.01", "30000000.00", "3").statusCode(201).body("basis", equalTo("EXPLICIT"));
        add("QZ2024-03.02", null, "1").statusCode(201).body("items.share", equalTo(List.of("0.750000", "0.250000")));
        add("QZ2024-03.03", "10000000.00", null)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic:problem:sub-item-weights"));
        add("QZ2024-03.02", null, "1").statusCode(409);
        given().when()
                .get("/projects/" + parent + "/sub-items")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2));
    }

    private io.restassured.response.ValidatableResponse add(String code, String investment, String weight) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "code", code,
                "title", "老旧小区改造示范项目 " + code,
                "leadDepartmentId", lead,
                "districtCode", city));
        if (investment != null) {
            body.put("plannedInvestment", investment);
        }
        if (weight != null) {
            body.put("weight", weight);
        }
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/projects/" + parent + "/sub-items")
                .then();
    }
}
