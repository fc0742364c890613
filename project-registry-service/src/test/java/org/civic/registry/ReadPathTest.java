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
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.civic.common.security.Roles;
import org.civic.registry.read.ProjectReads;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read path keeps rendered JSON (ProjectReads): every write must be visible to the very next read, and what is
 * kept must never reach a caller whose role may not see it.
 */
@QuarkusTest
class ReadPathTest {

    static final String PUBLIC_APP = Identities.bearer("client:news app", Roles.PUBLIC_READ);

    @Inject
    ProjectReads reads;

    String city;
    String county;
    String published;
    String lead;
    String other;

    @BeforeEach
    void setUp() {
        city = child(province(), "CITY", "泉州市");
        county = child(city, "COUNTY", "晋江市");
        published = programme(city, "PUBLISHED");
        lead = department(city, "泉州市民政局");
        other = department(city, "泉州市卫生健康委员会");
    }

    static ExtractableResponse<Response> read(String id) {
        return given().when().get("/projects/" + id).then().statusCode(200).extract();
    }

    static ExtractableResponse<Response> patch(String id, String etag, Map<String, Object> patch) {
        return given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", etag)
                .body(patch)
                .when()
                .patch("/projects/" + id)
                .then()
                .statusCode(200)
                .extract();
    }

    @Test
    void everyKindOfWriteIsVisibleToTheVeryNextRead() {
        String id = project(published, "RP-01", "建设长者食堂", lead);
        String etag = read(id).header("ETag");
        given().header("If-None-Match", etag)
                .when()
                .get("/projects/" + id)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "private, no-cache");

        // PUT (replace)
        Map<String, Object> body = RegistryFixtures.projectBody(published, "RP-01", "建设社区长者食堂", lead);
        etag = given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .when()
                .put("/projects/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        ExtractableResponse<Response> after = read(id);
        assertEquals(etag, after.header("ETag"));
        assertEquals("建设社区长者食堂", after.path("title"));
        given().header("If-None-Match", "\"0\"")
                .when()
                .get("/projects/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("建设社区长者食堂"));

        // PATCH of an indicator only (a collection: the version still moves)
        Map<String, Object> indicator = new HashMap<>(Map.of(
                "key",
                "canteens",
                "name",
                "长者食堂",
                "unit",
                "个",
                "baseline",
                0,
                "target",
                99,
                "direction",
                "INCREASE",
                "cumulative",
                true));
        etag = patch(id, etag, Map.of("indicators", List.of(indicator), "reason", "扩大覆盖"))
                .header("ETag");
        after = read(id);
        assertEquals(etag, after.header("ETag"));
        assertEquals(99, (Integer) after.path("indicators[0].target"));

        // PATCH of co-departments and districts only
        etag = patch(id, etag, Map.of("coDepartmentIds", List.of(other), "districtCodes", List.of(county)))
                .header("ETag");
        after = read(id);
        assertEquals(etag, after.header("ETag"));
        assertEquals(List.of(other), after.path("coDepartmentIds"));
        assertEquals(List.of(county), after.path("districtCodes"));

        // cancel
        etag = given().contentType(ContentType.JSON)
                .body(Map.of("reason", "选址取消"))
                .when()
                .post("/projects/" + id + "/cancel")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        after = read(id);
        assertEquals(etag, after.header("ETag"));
        assertEquals("CANCELLED", after.path("state"));
        given().when()
                .get("/projects?programmeId=" + published + "&state=CANCELLED")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));

        // a department rename cannot make the JSON stale: departments appear by id only
        String code = RegistryFixtures.departmentCode(other);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("code", code, "name", "泉州市卫健委", "regionCode", city))
                .when()
                .put("/departments/" + other)
                .then()
                .statusCode(200);
        assertEquals(etag, read(id).header("ETag"));
        given().when().get("/projects/" + id).then().body(not(containsString("卫健委")));
    }

    @Test
    void aDeletedProjectIsGoneAtOnce() {
        String draft = programme(city, "DRAFT");
        String id = project(draft, "RP-05", "草案项目", lead);
        read(id);
        given().header("If-Match", "\"0\"")
                .when()
                .delete("/projects/" + id)
                .then()
                .statusCode(204);
        given().when().get("/projects/" + id).then().statusCode(404);
        given().header("If-None-Match", "\"0\"")
                .when()
                .get("/projects/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void keptJsonNeverReachesAnApiClientForADraftAndPublishingShowsItAtOnce() {
        String draft = programme(city, "DRAFT");
        String id = project(draft, "RP-10", "草案中的食堂", lead);
        String etag = read(id).header("ETag"); // staff read: the JSON is now kept
        given().when()
                .get("/projects?programmeId=" + draft + "&q=食堂")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));

        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/projects/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", PUBLIC_APP)
                .header("If-None-Match", etag)
                .when()
                .get("/projects/" + id)
                .then()
                .statusCode(404);
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/projects?programmeId=" + draft + "&q=食堂")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("items.id", not(hasItem(id)));
        String staffListTag = given().when()
                .get("/projects?programmeId=" + draft)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("Authorization", PUBLIC_APP)
                .header("If-None-Match", staffListTag)
                .when()
                .get("/projects?programmeId=" + draft)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        // publishing changes the programme, not the project's version: visible to the next API-client read
        Map<String, Object> publish = new HashMap<>(programmeBody(city, "PUBLISHED"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(publish)
                .when()
                .put("/programmes/" + draft)
                .then()
                .statusCode(200);
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/projects/" + id)
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("title", equalTo("草案中的食堂"));
        given().header("Authorization", PUBLIC_APP)
                .when()
                .get("/projects?programmeId=" + draft + "&q=食堂")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void aListPageHasAnETagAndIsRevalidatedAfterAnyChangeItShows() {
        String first = project(published, "RP-20", "长者食堂一", lead);
        project(published, "RP-21", "长者食堂二", lead);
        String url = "/projects?programmeId=" + published + "&q=食堂&size=1";
        ExtractableResponse<Response> page = given().when()
                .get(url)
                .then()
                .statusCode(200)
                .header("X-Total-Count", "2")
                .header("Link", containsString("rel=\"next\""))
                .header("Cache-Control", "private, no-cache")
                .header("Vary", containsString("Authorization"))
                .body("items[0].id", equalTo(first))
                .extract();
        String tag = page.header("ETag");
        given().header("If-None-Match", tag).when().get(url).then().statusCode(304);

        patch(first, "\"0\"", Map.of("title", "长者食堂（改）"));
        String changed = given().header("If-None-Match", tag)
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .body("items[0].title", equalTo("长者食堂（改）"))
                .extract()
                .header("ETag");
        assertNotEquals(tag, changed);
        project(published, "RP-22", "长者食堂三", lead);
        given().when()
                .get(url)
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .body("total", equalTo(3));

        // the kept page is the page a fresh search renders
        String kept = given().when().get(url).then().extract().asString();
        reads.clear();
        assertEquals(kept, given().when().get(url).then().extract().asString());
        given().when()
                .get(url.replace("size=1", "size=1&page=7"))
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.size()", equalTo(0));
    }

    @Test
    void underConcurrentReadsEveryWriteIsSeenByTheNextRead() throws Exception {
        String id = project(published, "RP-30", "并发读写", lead);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(3);
        String admin = Identities.bearer(Identities.TEST_ADMIN, Roles.ADMIN);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            futures.add(readers.submit(() -> {
                while (running.get()) {
                    given().header("Authorization", admin)
                            .when()
                            .get("/projects/" + id)
                            .then()
                            .statusCode(200);
                    given().header("Authorization", admin)
                            .when()
                            .get("/projects?q=并发&programmeId=" + published)
                            .then()
                            .statusCode(200);
                }
            }));
        }
        try {
            String etag = "\"0\"";
            for (int i = 0; i < 25; i++) {
                String title = "并发读写 " + i;
                etag = patch(id, etag, Map.of("title", title)).header("ETag");
                ExtractableResponse<Response> next = read(id);
                assertEquals(etag, next.header("ETag"), "round " + i);
                assertEquals(title, next.path("title"), "round " + i);
                given().when()
                        .get("/projects?q=并发&programmeId=" + published)
                        .then()
                        .body("items[0].title", equalTo(title));
            }
        } finally {
            running.set(false);
            readers.shutdown();
        }
        for (Future<?> future : futures) {
            future.get();
        }
    }

    @Test
    void readsAreCompressedWhenTheClientAcceptsGzip() {
        String id = project(published, "RP-40", "压缩", lead);
        RestAssuredConfig raw = RestAssuredConfig.config()
                .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        given().config(raw)
                .header("Accept-Encoding", "gzip")
                .when()
                .get("/projects/" + id)
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip");
        given().config(raw)
                .header("Accept-Encoding", "gzip")
                .when()
                .get("/projects?programmeId=" + published)
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip");
        given().config(raw)
                .header("Accept-Encoding", "gzip")
                .when()
                .get("/programmes/" + published + "/export?format=csv")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip");
        given().config(raw).when().get("/projects/" + id).then().statusCode(200).header("Content-Encoding", (String)
                null);
        // and decoded it is the same JSON
        given().header("Accept-Encoding", "gzip")
                .when()
                .get("/projects/" + id)
                .then()
                .body("title", equalTo("压缩"));
    }
}
