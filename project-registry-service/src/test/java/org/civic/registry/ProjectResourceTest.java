package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.civic.registry.RegistryFixtures.child;
import static org.civic.registry.RegistryFixtures.department;
import static org.civic.registry.RegistryFixtures.programme;
import static org.civic.registry.RegistryFixtures.project;
import static org.civic.registry.RegistryFixtures.projectBody;
import static org.civic.registry.RegistryFixtures.province;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectResourceTest {

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    String province;
    String city;
    String county;
    String programmeId;
    String lead;
    String coDepartment;

    @BeforeEach
    void setUp() {
        province = province();
        city = child(province, "CITY", "泉州市");
        county = child(city, "COUNTY", "晋江市");
        programmeId = programme(city, "PUBLISHED");
        lead = department(city, "泉州市民政局");
        coDepartment = department(city, "泉州市卫生健康委员会");
    }

    @Test
    void aProjectIsCreatedWithItsIndicatorsAndReadBackWithAnETag() {
        Map<String, Object> body = projectBody(programmeId, "QZ-01", "建设长者食堂", lead);
        body.put("coDepartmentIds", List.of(coDepartment));
        body.put("districtCodes", List.of(county));
        body.put("location", Map.of("lat", 24.8741, "lng", 118.6758, "address", "泉州市丰泽区"));
        body.put(
                "indicators",
                List.of(
                        Map.of(
                                "key",
                                "compounds",
                                "name",
                                "改造老旧小区",
                                "unit",
                                "个",
                                "target",
                                163,
                                "direction",
                                "INCREASE",
                                "cumulative",
                                true),
                        Map.of(
                                "key",
                                "households",
                                "name",
                                "惠及居民",
                                "unit",
                                "户",
                                "baseline",
                                0,
                                "target",
                                23000,
                                "direction",
                                "INCREASE",
                                "cumulative",
                                true)));
        String location = given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/projects")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("state", equalTo("ACTIVE"))
                .body("plannedInvestment", equalTo("1250000.50"))
                .extract()
                .header("Location");
        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body("indicators.key", equalTo(List.of("compounds", "households")))
                .body("indicators[1].target", equalTo(23000))
                .body("coDepartmentIds", equalTo(List.of(coDepartment)))
                .body("districtCodes", equalTo(List.of(county)))
                .body("location.address", equalTo("泉州市丰泽区"));
    }

    @Test
    void invalidProjectsNameTheFieldAndStoreNothing() {
        long before = count("project");
        Map<String, Object> body = projectBody(programmeId, "QZ-02", "x", lead);
        body.put("domainCode", "NOPE");
        body.put("plannedEnd", "2023-12-31");
        body.put("coDepartmentIds", List.of("00000000-0000-0000-0000-000000000001"));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/projects")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("domainCode", "plannedEnd", "coDepartmentIds"));
        body = projectBody(programmeId, "QZ-02", " ", lead);
        body.put("plannedInvestment", "10.001");
        body.put(
                "indicators",
                List.of(Map.of(
                        "key",
                        "Bad Key",
                        "name",
                        "x",
                        "unit",
                        "个",
                        "target",
                        -1,
                        "direction",
                        "UP",
                        "cumulative",
                        true)));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/projects")
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("indicators"));
        body.put(
                "indicators",
                List.of(Map.of(
                        "key",
                        "Bad Key",
                        "name",
                        "x",
                        "unit",
                        "个",
                        "target",
                        -1,
                        "direction",
                        "INCREASE",
                        "cumulative",
                        true)));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/projects")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItems("title", "plannedInvestment", "indicators[0].key", "indicators[0].target"));
        assertEquals(before, count("project"));
        project(programmeId, "QZ-03", "建设长者食堂", lead);
        given().contentType(ContentType.JSON)
                .body(projectBody(programmeId, "QZ-03", "重复", lead))
                .when()
                .post("/projects")
                .then()
                .statusCode(409);
    }

    @Test
    void changingATargetNeedsAReasonAndIsKeptInHistory() {
        String id = project(programmeId, "QZ-10", "建设长者食堂", lead);
        String editor = Identities.editorOf(UUID.fromString(lead));
        Map<String, Object> body = projectBody(programmeId, "QZ-10", "建设长者食堂", lead);
        body.put(
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
                        100,
                        "direction",
                        "INCREASE",
                        "cumulative",
                        true)));
        body.put("plannedEnd", "2025-06-30");
        given().contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", "\"0\"")
                .header("Authorization", editor)
                .when()
                .put("/projects/" + id)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"))
                .body("detail", containsString("indicators.canteens.target"));
        body.put("reason", "市政府调整目标");
        given().contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", "\"0\"")
                .header("Authorization", editor)
                .when()
                .put("/projects/" + id)
                .then()
                .statusCode(200)
                .body("indicators[0].target", equalTo(100));
        given().when()
                .get("/projects/" + id + "/history")
                .then()
                .statusCode(200)
                .body("field", hasItems("indicators.canteens.target", "plannedEnd"))
                .body("find { it.field == 'indicators.canteens.target' }.oldValue", equalTo("88"))
                .body("find { it.field == 'indicators.canteens.target' }.newValue", equalTo("100"))
                .body("find { it.field == 'plannedEnd' }.reason", equalTo("市政府调整目标"))
                .body("find { it.field == 'plannedEnd' }.changedBy", equalTo("staff:test-editor"));
    }

    @Test
    void aStaleIfMatchChangesNothing() {
        String id = project(programmeId, "QZ-20", "建设长者食堂", lead);
        Map<String, Object> body = projectBody(programmeId, "QZ-20", "新标题", lead);
        given().contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", "\"0\"")
                .when()
                .put("/projects/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        body.put("title", "过期的修改");
        given().contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", "\"0\"")
                .when()
                .put("/projects/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().when().get("/projects/" + id).then().body("title", equalTo("新标题"));
    }

    @Test
    void concurrentWritersWithTheSameETagNeverLoseAnUpdate() throws Exception {
        String id = project(programmeId, "QZ-21", "建设长者食堂", lead);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String title = "并发修改 " + i;
            results.add(pool.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON)
                        .body(projectBody(programmeId, "QZ-21", title, lead))
                        .header("If-Match", "\"0\"")
                        .when()
                        .put("/projects/" + id)
                        .then()
                        .extract()
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        given().when().get("/projects/" + id).then().header("ETag", "\"1\"").body("title", containsString("并发修改"));
    }

    @Test
    void mergePatchChangesOnlyTheGivenFields() {
        String id = project(programmeId, "QZ-30", "建设长者食堂", lead);
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"titleEn\": \"Elderly canteens\", \"location\": {\"address\": \"鲤城区\"}}")
                .header("If-Match", "\"0\"")
                .when()
                .patch("/projects/" + id)
                .then()
                .statusCode(200)
                .body("titleEn", equalTo("Elderly canteens"))
                .body("title", equalTo("建设长者食堂"))
                .body("location.address", equalTo("鲤城区"))
                .body("indicators[0].target", equalTo(88));
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"plannedInvestment\": \"2000000\"}")
                .header("If-Match", "\"1\"")
                .when()
                .patch("/projects/" + id)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"title\": \"\"}")
                .header("If-Match", "\"1\"")
                .when()
                .patch("/projects/" + id)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("title"));
    }

    @Test
    void projectsOfPublishedProgrammesAreCancelledNotDeleted() {
        String id = project(programmeId, "QZ-40", "建设长者食堂", lead);
        given().header("If-Match", "\"0\"")
                .when()
                .delete("/projects/" + id)
                .then()
                .statusCode(409)
                .body("detail", containsString("cancel"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .when()
                .post("/projects/" + id + "/cancel")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "选址调整,项目取消"))
                .when()
                .post("/projects/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("state", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("选址调整,项目取消"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "again"))
                .when()
                .post("/projects/" + id + "/cancel")
                .then()
                .statusCode(409);
        given().when()
                .get("/projects/" + id + "/history")
                .then()
                .body("find { it.field == 'state' }.newValue", equalTo("CANCELLED"));
        String draft = programme(city, "DRAFT");
        String draftProject = project(draft, "D-1", "草稿项目", lead);
        given().header("If-Match", "\"0\"")
                .when()
                .delete("/projects/" + draftProject)
                .then()
                .statusCode(204);
        given().when().get("/projects/" + draftProject).then().statusCode(404);
    }

    @Test
    void searchFindsChineseWordsAndFiltersCombine() {
        String canteen = project(programmeId, "QZ-50", "建设长者食堂", lead);
        Map<String, Object> body = projectBody(programmeId, "QZ-51", "新改建公办幼儿园", coDepartment);
        body.put("description", "新增学位3万个");
        body.put("domainCode", "EDU");
        body.put("coDepartmentIds", List.of(lead));
        body.put("districtCodes", List.of(county));
        String kindergarten = given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().queryParam("q", "食堂")
                .queryParam("programmeId", programmeId)
                .when()
                .get("/projects")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(canteen)))
                .body("total", equalTo(1));
        given().queryParam("q", "学位")
                .queryParam("programmeId", programmeId)
                .when()
                .get("/projects")
                .then()
                .body("items.id", equalTo(List.of(kindergarten)));
        given().queryParam("q", "园")
                .queryParam("programmeId", programmeId)
                .when()
                .get("/projects")
                .then()
                .body("items.id", equalTo(List.of(kindergarten)));
        given().queryParam("q", "100%_")
                .queryParam("programmeId", programmeId)
                .when()
                .get("/projects")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("department", lead)
                .queryParam("programmeId", programmeId)
                .when()
                .get("/projects")
                .then()
                .body("items.id", equalTo(List.of(canteen, kindergarten)));
        given().queryParam("district", city)
                .when()
                .get("/projects")
                .then()
                .body("items.id", equalTo(List.of(kindergarten)));
        given().queryParam("region", province)
                .queryParam("domain", "EDU")
                .when()
                .get("/projects")
                .then()
                .body("items.id", equalTo(List.of(kindergarten)));
        given().queryParam("ids", canteen + "," + kindergarten)
                .queryParam("sort", "-code")
                .when()
                .get("/projects")
                .then()
                .body("items.id", equalTo(List.of(kindergarten, canteen)));
        given().queryParam("year", 2024)
                .queryParam("state", "ACTIVE")
                .queryParam("region", city)
                .when()
                .get("/projects")
                .then()
                .body("total", equalTo(2));
    }

    @Test
    void pagesAreBoundedAndLinked() {
        for (int i = 0; i < 5; i++) {
            project(programmeId, "PG-" + i, "项目" + i, lead);
        }
        given().queryParam("programmeId", programmeId)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .when()
                .get("/projects")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("PG-2", "PG-3")))
                .body("total", equalTo(5))
                .header("X-Total-Count", "5")
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("page=2"))
                .header("Link", containsString("rel=\"prev\""));
        given().queryParam("size", 1000)
                .when()
                .get("/projects")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("size"));
        given().queryParam("sort", "secret")
                .when()
                .get("/projects")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sort"));
        given().queryParam("ids", "1,2")
                .when()
                .get("/projects")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("ids"));
        given().queryParam("state", "DONE").when().get("/projects").then().statusCode(400);
    }

    @Test
    void textSearchIsAnIndexLookup() throws Exception {
        // Enough rows, with statistics, for the planner to choose between a scan and the index as in production.
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "INSERT INTO project (id, programme_id, code, title, domain_code, lead_department_id, state)"
                            + " SELECT gen_random_uuid(), '" + programmeId + "', 'IX-' || n,"
                            + " CASE WHEN n % 100 = 0 THEN '建设长者食堂' ELSE '道路改造' || n END, 'ELDERLY', '" + lead
                            + "', 'ACTIVE'"
                            + " FROM generate_series(1, 3000) n");
            statement.execute("VACUUM ANALYZE project");
        }
        long before = searchIndexScans();
        given().queryParam("q", "长者食堂")
                .queryParam("programmeId", programmeId)
                .when()
                .get("/projects")
                .then()
                .statusCode(200)
                .body("total", equalTo(30));
        long after = before;
        for (int i = 0; i < 50 && after == before; i++) {
            Thread.sleep(200); // PostgreSQL publishes a backend's statistics within a second
            after = searchIndexScans();
        }
        assertTrue(after > before, "GET /projects?q= did not use project_search_idx");
    }

    private long searchIndexScans() {
        return ((Number) entityManager
                        .createNativeQuery(
                                "select idx_scan from pg_stat_user_indexes where indexrelname = 'project_search_idx'")
                        .getSingleResult())
                .longValue();
    }

    private long count(String table) {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from " + table)
                        .getSingleResult())
                .longValue();
    }
}
