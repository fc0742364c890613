package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civic.testsupport.PrometheusMetrics;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole suite for real: registry, progress and benefits jars on PostgreSQL, used only through /api/v1. */
@QuarkusTest
@TestProfile(RealSuite.class)
class EndToEndTest {

    @BeforeEach
    void signIn() {
        Staff.actAsAdmin();
    }

    @AfterEach
    void signOut() {
        Staff.actAsNobody();
    }

    @Test
    void aProgrammeIsPromisedReportedAndShownThroughTheGateway() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "410700", "name", Map.of("zh", "新乡市"), "level", "CITY"))
                .when()
                .post("/api/v1/regions")
                .then()
                .statusCode(201)
                .header("Location", "/api/v1/regions/410700");
        String department = given().contentType(ContentType.JSON)
                .body(Map.of("code", "XX-ZJJ", "name", "新乡市住房和城乡建设局", "regionCode", "410700"))
                .when()
                .post("/api/v1/departments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String programme = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "regionCode",
                        "410700",
                        "year",
                        2024,
                        "title",
                        "新乡市2024年重点民生实事",
                        "state",
                        "PUBLISHED",
                        "domains",
                        List.of(Map.of("code", "CITY", "name", "城市建设"))))
                .when()
                .post("/api/v1/programmes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String csv = "项目编号,项目名称,领域,牵头单位,计划开始,计划完成,指标\n"
                + "XX-08,停车泊位增建扩能,CITY,XX-ZJJ,2024-01-01,2024-12-31,parking_spaces|停车泊位|个|0|3000|INCREASE|true\n";
        given().contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/programmes/" + programme + "/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        String project = given().queryParam("q", "停车")
                .queryParam("programmeId", programme)
                .when()
                .get("/api/v1/projects")
                .then()
                .statusCode(200)
                .header("Link", containsString("</api/v1/projects?"))
                .extract()
                .path("items[0].id");

        given().contentType(ContentType.JSON)
                .body(Map.of("code", "COMPLETED", "actualDate", "2024-12-20"))
                .when()
                .post("/api/v1/projects/" + project + "/milestones")
                .then()
                .statusCode(201)
                .header("Location", startsWith("/api/v1/milestones/"));
        String report = given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2024-12-31", "actuals", List.of(Map.of("key", "parking_spaces", "value", 4734))))
                .when()
                .post("/api/v1/projects/" + project + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().when().post("/api/v1/reports/" + report + "/submit").then().statusCode(200);
        given().when()
                .post("/api/v1/reports/" + report + "/approve")
                .then()
                .statusCode(200)
                .body("state", equalTo("APPROVED"));

        given().queryParam("asOf", "2025-01-15")
                .when()
                .get("/api/v1/projects/" + project + "/overview")
                .then()
                .statusCode(200)
                .body("project.code", equalTo("XX-08"))
                .body("milestones[0].code", equalTo("COMPLETED"))
                .body("latestApprovedReport.id", equalTo(report))
                .body("status.indicators[0].achievementRate", equalTo(157.8f))
                .body("degraded", emptyIterable());
        given().queryParam("asOf", "2025-01-15")
                .when()
                .get("/api/v1/programmes/" + programme + "/dashboard")
                .then()
                .statusCode(200)
                .body("figures.byPhase.COMPLETED", equalTo(1))
                .body("figures.indicatorsMet", equalTo(1))
                .body("figures.byDepartment[0].name.zh", equalTo("新乡市住房和城乡建设局"))
                .body("figures.labels.phases.COMPLETED.en", equalTo("Completed"))
                .body("investment.plannedInProjects", nullValue()) // no project states one
                .body("degraded", emptyIterable());
        // Asked again, the dashboard revalidates progress's summary by its ETag: progress answers 304, not the figures.
        // (Progress's plan read model follows the registry within about a second; until it has caught up with the
        // writes above, a change it applies is a new version, so a few tries are allowed, each a full dashboard.)
        String progress = ConfigProvider.getConfig().getValue(Sibling.PROGRESS.urlProperty(), String.class);
        Map<String, String> notModified = Map.of("status", "304", "uri", "/programmes/{programmeId}/summary");
        double before = PrometheusMetrics.value(progress, "http_server_requests_seconds_count", notModified);
        double after = before;
        for (int attempt = 0; attempt < 20 && after == before; attempt++) {
            given().queryParam("asOf", "2025-01-15")
                    .when()
                    .get("/api/v1/programmes/" + programme + "/dashboard")
                    .then()
                    .statusCode(200)
                    .body("figures.byPhase.COMPLETED", equalTo(1))
                    .body("figures.byDepartment[0].name.zh", equalTo("新乡市住房和城乡建设局"))
                    .body("degraded", emptyIterable());
            after = PrometheusMetrics.value(progress, "http_server_requests_seconds_count", notModified);
            if (after == before) {
                pause();
            }
        }
        assertTrue(after > before, "a dashboard was made from the revalidated summary (progress answered 304)");
        given().queryParam("from", "2024-10-01")
                .queryParam("to", "2024-12-31")
                .when()
                .get("/api/v1/programmes/" + programme + "/series")
                .then()
                .statusCode(200)
                .body("points.asOf", equalTo(List.of("2024-10-31", "2024-11-30", "2024-12-31")))
                .body("points[1].byPhase.COMPLETED", equalTo(0))
                .body("points[2].byPhase.COMPLETED", equalTo(1));

        given().contentType(ContentType.JSON)
                .body(Map.of("code", "bad code", "name", Map.of("zh", "x"), "level", "CITY"))
                .when()
                .post("/api/v1/regions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("code"));
        given().when().get("/api/v1/benefit-programmes").then().statusCode(200).body("$", hasKey("items"));
        given().when()
                .get("/api/v1/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/projects/{id}"))
                .body("paths", hasKey("/api/v1/citizens/{id}"));
    }

    /**
     * The merged document of the real suite, as an app maker downloads it; written to target/openapi for
     * scripts/lint-openapi.sh (spectral, run by .ci/run after the build).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theMergedDocumentOfTheRealSuiteIsCompleteAndWrittenForTheLinter() throws IOException {
        String json = given().when()
                .get("/api/v1/openapi")
                .then()
                .statusCode(200)
                .body("$", not(hasKey("x-incomplete")))
                .body("paths", hasKey("/api/v1/programmes/{programmeId}/series"))
                .body("paths.'/api/v1/programmes/{programmeId}/series'.get.operationId", equalTo("getProgrammeSeries"))
                .body("components.schemas", hasKey("Problem"))
                .extract()
                .asString();
        Map<String, Object> responses = JsonPath.from(json).getMap("components.responses");
        Set<Object> operationTags = new HashSet<>();
        JsonPath.from(json)
                .getMap("paths")
                .values()
                .forEach(operations -> ((Map<String, Object>) operations)
                        .values()
                        .forEach(op -> operationTags.addAll(
                                (List<Object>) ((Map<String, Object>) op).getOrDefault("tags", List.of()))));
        assertEquals(
                List.of(),
                JsonPath.from(json).getList("tags.name", String.class).stream()
                        .filter(tag -> !operationTags.contains(tag))
                        .toList(),
                "every tag of the document names public operations (the registry's change feed is not public)");
        JsonPath.from(json)
                .getMap("paths")
                .forEach((path, operations) -> ((Map<String, Object>) operations).forEach((method, op) -> {
                    Map<String, Object> answers = (Map<String, Object>) ((Map<String, Object>) op).get("responses");
                    answers.forEach((status, answer) -> {
                        if (status.startsWith("4") || status.startsWith("5")) {
                            Object ref = ((Map<String, Object>) answer).get("$ref");
                            Map<String, Object> resolved = ref == null
                                    ? (Map<String, Object>) answer
                                    : (Map<String, Object>)
                                            responses.get(ref.toString().substring("#/components/responses/".length()));
                            assertTrue(
                                    ((Map<String, Object>) resolved.get("content"))
                                            .containsKey("application/problem+json"),
                                    method + " " + path + " " + status);
                        }
                    });
                }));
        Path out = Path.of("target", "openapi");
        Files.createDirectories(out);
        Files.writeString(out.resolve("civic-api.json"), json);
        Files.writeString(
                out.resolve("civic-api.yaml"),
                given().queryParam("format", "yaml")
                        .when()
                        .get("/api/v1/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void theServedDocumentIsTheCheckedInContract() throws IOException {
        String served = given().when()
                .get("/api/v1/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String differences = ContractSnapshot.differences(served);
        assertNull(differences, differences);
    }

    @Test
    void theServicesEnforceTheRulesBehindTheGatewayAndTheirPortsAreClosedWithoutIt() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "410800", "name", Map.of("zh", "焦作市"), "level", "CITY"))
                .when()
                .post("/api/v1/regions")
                .then()
                .statusCode(201);
        String housing = department("JZ-ZJJ", "焦作市住房和城乡建设局");
        String education = department("JZ-JYJ", "焦作市教育局");
        String published = programme("PUBLISHED");
        String draft = programme("DRAFT");
        String parking = project(published, "JZ-01", housing);
        String secret = project(draft, "JZ-02", housing);

        String publicKey = given().contentType(ContentType.JSON)
                .body(Map.of("name", "news app", "scopes", List.of("public:read"), "ratePerMinute", 600))
                .when()
                .post("/api/v1/admin/clients")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
        Staff.actAsNobody();
        given().header("X-API-Key", publicKey)
                .when()
                .get("/api/v1/projects/" + parking)
                .then()
                .statusCode(200);
        given().header("X-API-Key", publicKey)
                .when()
                .get("/api/v1/projects/" + secret)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().header("X-API-Key", publicKey)
                .when()
                .get("/api/v1/programmes/" + draft + "/dashboard")
                .then()
                .statusCode(404);
        given().header("X-API-Key", publicKey)
                .when()
                .get("/api/v1/projects/" + secret + "/status")
                .then()
                .statusCode(404);
        // The project reaches progress's plan read model within about a poll; until then the programme has none.
        int counted = 0;
        for (int attempt = 0; attempt < 25 && counted != 1; attempt++) {
            if (attempt > 0) {
                pause();
            }
            counted = given().header("X-API-Key", publicKey)
                    .when()
                    .get("/api/v1/programmes/" + published + "/dashboard")
                    .then()
                    .statusCode(200)
                    .body("degraded", emptyIterable())
                    .extract()
                    .path("figures.projects");
        }
        assertEquals(1, counted, "the published programme's one project, once the read model has it");
        given().header("X-API-Key", publicKey)
                .contentType(ContentType.JSON)
                .body(Map.of("code", "410900", "name", Map.of("zh", "x"), "level", "CITY"))
                .when()
                .post("/api/v1/regions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        Map<String, Object> report =
                Map.of("asOf", "2024-06-30", "actuals", List.of(Map.of("key", "spaces", "value", 10)));
        given().auth()
                .oauth2(Staff.editorOf(education))
                .contentType(ContentType.JSON)
                .body(report)
                .when()
                .post("/api/v1/projects/" + parking + "/reports")
                .then()
                .statusCode(403)
                .body("detail", containsString("department"));
        given().auth()
                .oauth2(Staff.editorOf(education))
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "改名"))
                .when()
                .patch("/api/v1/projects/" + parking)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Staff.editorOf(housing))
                .contentType(ContentType.JSON)
                .body(report)
                .when()
                .post("/api/v1/projects/" + parking + "/reports")
                .then()
                .statusCode(201)
                .body("reporter", equalTo("staff:eddie"));

        // Straight to a service's port: without the gateway's signature nothing is served, not even to a staff token.
        String registry = ConfigProvider.getConfig().getValue(Sibling.REGISTRY.urlProperty(), String.class);
        given().baseUri(registry)
                .when()
                .get("/projects/" + parking)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().baseUri(registry)
                .auth()
                .oauth2(Staff.token("alice", "admin"))
                .when()
                .get("/projects/" + parking)
                .then()
                .statusCode(401);
        given().baseUri(registry)
                .header("X-Civic-Actor", "staff:alice")
                .when()
                .get("/projects/" + parking)
                .then()
                .statusCode(401);
    }

    private static String department(String code, String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "regionCode", "410800"))
                .when()
                .post("/api/v1/departments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String programme(String state) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "regionCode",
                        "410800",
                        "year",
                        2024,
                        "title",
                        "焦作市2024年民生实事",
                        "state",
                        state,
                        "domains",
                        List.of(Map.of("code", "CITY", "name", "城市建设"))))
                .when()
                .post("/api/v1/programmes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String project(String programme, String code, String department) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "programmeId",
                        programme,
                        "code",
                        code,
                        "title",
                        "停车泊位",
                        "domainCode",
                        "CITY",
                        "leadDepartmentId",
                        department,
                        "plannedStart",
                        "2024-01-01",
                        "plannedEnd",
                        "2024-12-31",
                        "indicators",
                        List.of(Map.of(
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
                                true))))
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
