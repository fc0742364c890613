package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo data (demo/registry and demo/progress, loaded by ./suite up the same way) states what the
 * articles state: 晋江 2022 on 2022-10-31 had 6 projects completed, 2 basically completed and the rest
 * on schedule; 新乡 2024's parking project reached 157.8 %.
 */
@QuarkusTest
class DemoDataTest {

    static final Path DEMO = Path.of(System.getProperty("user.dir")).resolveSibling("demo");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> PROGRAMMES = new HashMap<>();

    @BeforeEach // not @BeforeAll: RestAssured points at this service only once the test instance exists
    void load() throws IOException {
        if (!PROGRAMMES.isEmpty()) {
            return;
        }
        for (String line : Files.readAllLines(DEMO.resolve("registry/regions.ndjson"))) {
            post(RegistryData.url() + "/regions", line);
        }
        for (String line : Files.readAllLines(DEMO.resolve("registry/departments.ndjson"))) {
            post(RegistryData.url() + "/departments", line);
        }
        for (String line : Files.readAllLines(DEMO.resolve("registry/programmes.ndjson"))) {
            JsonNode programme = JSON.readTree(line);
            String name = programme.get("regionCode").asText() + "-" + programme.get("year").asText();
            if (!List.of("350582-2022", "410700-2024").contains(name)) {
                continue;
            }
            String id = JSON.readTree(post(RegistryData.url() + "/programmes", line)).get("id").asText();
            PROGRAMMES.put(name, id);
            given().contentType("text/csv; charset=UTF-8").body(Files.readAllBytes(DEMO.resolve("registry/programmes/" + name + ".csv")))
                    .when().post(RegistryData.url() + "/programmes/" + id + "/import").then().statusCode(200)
                    .body("applied", equalTo(true));
            Map<String, String> projects = new HashMap<>();
            for (JsonNode project : JSON.readTree(given().when().get(RegistryData.url() + "/programmes/" + id + "/projects")
                    .then().statusCode(200).extract().asString())) {
                projects.put(project.get("code").asText(), project.get("id").asText());
            }
            for (String operation : Files.readAllLines(DEMO.resolve("progress/" + name + ".ndjson"))) {
                JsonNode node = JSON.readTree(operation);
                String project = projects.get(node.get("project").asText());
                String body = node.get("body").toString();
                if (node.get("kind").asText().equals("milestone")) {
                    post("/projects/" + project + "/milestones", body);
                } else {
                    String report = JSON.readTree(post("/projects/" + project + "/reports", body)).get("id").asText();
                    given().when().post("/reports/" + report + "/submit").then().statusCode(200);
                    given().when().post("/reports/" + report + "/approve").then().statusCode(200);
                }
            }
        }
    }

    static String post(String url, String body) {
        return given().contentType(ContentType.JSON.withCharset("UTF-8")).body(body).when().post(url).then()
                .statusCode(201).extract().asString();
    }

    @Test
    void jinjiangAtTheEndOfOctober2022() {
        given().queryParam("asOf", "2022-10-31").when().get("/programmes/" + PROGRAMMES.get("350582-2022") + "/summary")
                .then().statusCode(200)
                .body("projects", equalTo(10)).body("announcedProjects", equalTo(22))
                .body("projectsNotInRegistry", equalTo(12))
                .body("byPhase.COMPLETED", equalTo(6)).body("byPhase.BASICALLY_COMPLETED", equalTo(2))
                .body("byPhase.STARTED", equalTo(2)).body("byHealth.ON_TRACK", equalTo(10));
    }

    @Test
    void xinxiangParkingSpacesReached157Point8Percent() {
        given().queryParam("programmeId", PROGRAMMES.get("410700-2024")).queryParam("asOf", "2024-12-31")
                .when().get("/status").then().statusCode(200)
                .body("find { it.code == 'XX2024-08' }.indicators.find { it.key == 'parking_spaces' }.actual", equalTo(4734))
                .body("find { it.code == 'XX2024-08' }.indicators.find { it.key == 'parking_spaces' }.target", equalTo(3000))
                .body("find { it.code == 'XX2024-08' }.indicators.find { it.key == 'parking_spaces' }.achievementRate", equalTo(157.8f))
                .body("find { it.code == 'XX2024-08' }.phase", equalTo("COMPLETED"));
    }
}
