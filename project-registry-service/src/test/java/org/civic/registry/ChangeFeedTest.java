package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.civic.registry.RegistryFixtures.departmentCode;
import static org.civic.registry.RegistryFixtures.programme;
import static org.civic.registry.RegistryFixtures.programmeBody;
import static org.civic.registry.RegistryFixtures.project;
import static org.civic.registry.RegistryFixtures.projectBody;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.civic.common.security.Roles;
import org.civic.registry.service.ChangeFeed;
import org.civic.testsupport.Concurrently;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.Test;

/** The change feed: every committed write once, in commit order, under the registry's read rules. */
@QuarkusTest
class ChangeFeedTest extends CityWithTwoDepartments {

    static final String PUBLIC_APP = Identities.bearer("client:news app", Roles.PUBLIC_READ);

    @Inject
    ChangeFeed feed;

    @Inject
    DataSource dataSource;

    @Test
    void eachKindOfWriteAppearsOnceWithItsTypeVersionAndRepresentation() {
        String start = head();
        String county = RegistryFixtures.child(city, "COUNTY", "晋江市");
        put(
                "/regions/" + county,
                Map.of("name", Map.of("zh", "晋江市", "en", "Jinjiang"), "level", "COUNTY", "parentCode", city));
        String department = RegistryFixtures.department(city, "泉州市教育局");
        put(
                "/departments/" + department,
                Map.of("code", departmentCode(department), "name", "泉州市教育局（改）", "regionCode", city));
        String draft = programme(city, "DRAFT");
        Map<String, Object> renamed = new HashMap<>(programmeBody(city, "DRAFT"));
        renamed.put("title", "2024年为民办实事项目（修订）");
        put("/programmes/" + draft, renamed);
        String project = project(draft, "FEED-1", "长者食堂", departmentA);
        Map<String, Object> changed = projectBody(draft, "FEED-1", "长者食堂（扩建）", departmentA);
        put("/projects/" + project, changed);
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag("/projects/" + project))
                .body(Map.of("titleEn", "Canteens for the elderly"))
                .when()
                .patch("/projects/" + project)
                .then()
                .statusCode(200);
        String doomed = project(draft, "FEED-2", "临时项目", departmentA);
        long doomedVersion = Long.parseLong(etag("/projects/" + doomed).replace("\"", ""));
        given().header("If-Match", etag("/projects/" + doomed))
                .when()
                .delete("/projects/" + doomed)
                .then()
                .statusCode(204);
        Map<String, Object> published = new HashMap<>(renamed);
        published.put("state", "PUBLISHED");
        put("/programmes/" + draft, published);
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "用地调整"))
                .when()
                .post("/projects/" + project + "/cancel")
                .then()
                .statusCode(200);
        put("/projects/" + project, changed, 409); // a cancelled project never changes: nothing recorded

        List<Map<String, Object>> items = readAll(start, ADMIN);
        assertEquals(
                List.of(
                        "region.created:" + county,
                        "region.updated:" + county,
                        "department.created:" + department,
                        "department.updated:" + department,
                        "programme.created:" + draft,
                        "programme.updated:" + draft,
                        "project.created:" + project,
                        "project.updated:" + project,
                        "project.updated:" + project,
                        "project.created:" + doomed,
                        "project.deleted:" + doomed,
                        "programme.updated:" + draft,
                        "project.cancelled:" + project),
                items.stream().map(i -> i.get("type") + ":" + i.get("entityId")).toList());
        // the last change of each entity carries its current version and exactly what a GET answers
        for (String path : List.of(
                "/regions/" + county, "/departments/" + department, "/programmes/" + draft, "/projects/" + project)) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            Map<String, Object> last = items.stream()
                    .filter(i -> id.equals(i.get("entityId")))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            ExtractableResponse<Response> current =
                    given().when().get(path).then().statusCode(200).extract();
            assertEquals(current.header("ETag").replace("\"", ""), String.valueOf(last.get("version")), path);
            assertEquals(current.jsonPath().getMap(""), last.get("data"), path);
        }
        Map<String, Object> deletion = items.stream()
                .filter(i -> i.get("type").equals("project.deleted"))
                .findFirst()
                .orElseThrow();
        assertEquals(null, deletion.get("data"));
        assertEquals(doomedVersion + 1, ((Number) deletion.get("version")).longValue());
        assertEquals(draft, deletion.get("programmeId"));
        assertEquals(null, items.get(0).get("programmeId"));
    }

    @Test
    void anApiClientDoesNotSeeADraftProgrammesChangesAndStaffDo() {
        String start = head();
        String hidden = project(programmeId, "DRAFT-1", "草案项目", departmentA);
        String published = programme(city, "PUBLISHED");
        String visible = project(published, "PUB-1", "公开项目", departmentA);

        List<String> seenByApp = entityIds(readAll(start, PUBLIC_APP));
        assertTrue(seenByApp.containsAll(List.of(published, visible)), seenByApp.toString());
        assertFalse(seenByApp.contains(hidden), seenByApp.toString());
        assertFalse(seenByApp.contains(programmeId), seenByApp.toString());
        assertTrue(entityIds(readAll(start, ADMIN)).containsAll(List.of(hidden, published, visible)));
    }

    @Test
    void aChangeCommitsInTheTransactionOfItsWrite() throws Exception {
        String start = head();
        String id = project(programmeId, "TX-1", "长者食堂", departmentA);
        String cursor = (String) readAll(start, ADMIN).get(0).get("cursor");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT e.xmin::text, p.xmin::text FROM change_event e, project p"
                                + " WHERE e.position = ? AND p.id = ?::uuid")) {
            statement.setLong(1, Long.parseLong(cursor));
            statement.setString(2, id);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next());
                assertEquals(row.getString(2), row.getString(1), "the writing transaction of the change and the row");
            }
        }
    }

    @Test
    void aWriteRolledBackAtCommitLeavesNoChange() {
        String start = head();
        // the losers of a race for one code fail at the check or at commit, after their change was recorded
        List<Integer> statuses = Concurrently.statuses(
                10,
                () -> given().contentType(ContentType.JSON)
                        .body(projectBody(programmeId, "RACE-1", "长者食堂", departmentA))
                        .when()
                        .post("/projects")
                        .then()
                        .extract()
                        .statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(1, readAll(start, ADMIN).size());
    }

    @Test
    void aBadCursorOrLimitIsA400NamingIt() {
        Map<String, String> bad = Map.of("after", "abc", "limit", "0");
        bad.forEach((parameter, value) -> given().queryParam(parameter, value)
                .when()
                .get("/changes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(parameter)));
        for (String limit : List.of("1001", "x", "-5")) {
            given().queryParam("limit", limit)
                    .when()
                    .get("/changes")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("limit"));
        }
        for (String after : List.of("-1", "12345678901234567890", "1.5")) {
            given().queryParam("after", after)
                    .when()
                    .get("/changes")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("after"));
        }
    }

    @Test
    void aCursorBelowTheRetentionHorizonIs410AndSaysHowToResync() {
        String before = head();
        project(programmeId, "OLD-1", "旧项目", departmentA);
        long horizon = feed.purge(Instant.now().plusSeconds(60));
        assertTrue(horizon > Long.parseLong(before));

        given().queryParam("after", before)
                .when()
                .get("/changes")
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", containsString("changes-expired"))
                .body("detail", containsString("GET /changes/head"))
                .body("detail", containsString("re-read the lists"));
        String fresh = head();
        assertEquals(String.valueOf(horizon), fresh);
        given().queryParam("after", fresh)
                .when()
                .get("/changes")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("next", equalTo(fresh));
        given().when().get("/changes").then().statusCode(200).body("next", equalTo(fresh));
        String project = project(programmeId, "NEW-1", "新项目", departmentA);
        assertEquals(List.of(project), entityIds(readAll(fresh, ADMIN)));
    }

    @Test
    void anImportYieldsOneChangePerCreatedOrUpdatedProject() {
        String lead = departmentCode(departmentA);
        String header = "code,title,domain,lead_department,planned_investment,planned_start,planned_end\n";
        importCsv(header
                + "IM-1,长者食堂,ELDERLY," + lead + ",100.00,2024-01-01,2024-12-31\n"
                + "IM-2,社区书屋,EDU," + lead + ",200.00,2024-01-01,2024-12-31\n");
        String start = head();
        importCsv(header
                + "IM-1,长者食堂（扩建）,ELDERLY," + lead + ",100.00,2024-01-01,2024-12-31\n"
                + "IM-2,社区书屋,EDU," + lead + ",200.00,2024-01-01,2024-12-31\n"
                + "IM-3,健康驿站,HEALTH," + lead + ",300.00,2024-01-01,2024-12-31\n");

        List<Map<String, Object>> items = readAll(start, ADMIN);
        assertEquals(
                Set.of("project.created:IM-3", "project.updated:IM-1"),
                new TreeSet<>(items.stream()
                        .map(i -> i.get("type") + ":" + ((Map<?, ?>) i.get("data")).get("code"))
                        .toList()));
        assertEquals(2, items.size());
    }

    /**
     * The order test: writers commit concurrently while a reader polls with its cursor; once all is drained the reader
     * has seen every change exactly once, positions strictly increasing, each project's versions increasing, and the
     * same positions the table holds.
     */
    @Test
    void aReaderPollingWhileWritersCommitSeesEveryChangeOnceInCommitOrder() throws Exception {
        int writers = 8;
        int writesEach = 25;
        String start = head();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Map<String, Object>> seen = new ArrayList<>();
        Map<String, Integer> written = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        Future<?> reader = pool.submit(() -> {
            String cursor = start;
            boolean drained = false;
            while (!drained) {
                boolean last = !writing.get(); // the writers had all committed before this read began
                ExtractableResponse<Response> page = given().header("Authorization", ADMIN)
                        .queryParam("after", cursor)
                        .queryParam("limit", 7)
                        .when()
                        .get("/changes")
                        .then()
                        .statusCode(200)
                        .extract();
                List<Map<String, Object>> items = page.jsonPath().getList("items");
                seen.addAll(items);
                cursor = page.path("next");
                drained = last && items.isEmpty();
            }
            return null;
        });
        List<Future<?>> writes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            writes.add(pool.submit(() -> {
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < writesEach; i++) {
                    if (i % 3 == 0) {
                        mine.add(project(programmeId, "ORD-" + writer + "-" + i, "项目" + i, departmentA));
                        written.merge(mine.get(mine.size() - 1), 1, Integer::sum);
                    } else {
                        String id = mine.get(i % mine.size());
                        put(
                                "/projects/" + id,
                                projectBody(programmeId, code(id), "项目" + writer + "/" + i, departmentA));
                        written.merge(id, 1, Integer::sum);
                    }
                }
                return null;
            }));
        }
        for (Future<?> write : writes) {
            write.get(5, TimeUnit.MINUTES);
        }
        writing.set(false);
        reader.get(5, TimeUnit.MINUTES);
        pool.shutdown();

        List<Long> positions =
                seen.stream().map(i -> Long.parseLong((String) i.get("cursor"))).toList();
        for (int i = 1; i < positions.size(); i++) {
            assertTrue(positions.get(i - 1) < positions.get(i), "positions out of order at " + i + ": " + positions);
        }
        assertEquals(positionsInTheTableAfter(Long.parseLong(start)), positions);
        assertEquals(writers * writesEach, positions.size());
        Map<String, Long> lastVersion = new HashMap<>();
        Map<String, Integer> changes = new HashMap<>();
        for (Map<String, Object> item : seen) {
            String id = (String) item.get("entityId");
            long version = ((Number) item.get("version")).longValue();
            Long previous = lastVersion.put(id, version);
            assertTrue(previous == null || previous < version, id + ": version " + version + " after " + previous);
            changes.merge(id, 1, Integer::sum);
        }
        assertEquals(written, changes);
    }

    private String code(String projectId) {
        return given().when()
                .get("/projects/" + projectId)
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    private List<Long> positionsInTheTableAfter(long start) throws Exception {
        List<Long> positions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT position FROM change_event WHERE position > ? ORDER BY position")) {
            statement.setLong(1, start);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    positions.add(row.getLong(1));
                }
            }
        }
        return positions;
    }

    private static String head() {
        return given().when()
                .get("/changes/head")
                .then()
                .statusCode(200)
                .extract()
                .path("next");
    }

    private static List<Map<String, Object>> readAll(String after, String bearer) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = after;
        while (true) {
            ExtractableResponse<Response> page = given().header("Authorization", bearer)
                    .queryParam("after", cursor)
                    .queryParam("limit", 5)
                    .when()
                    .get("/changes")
                    .then()
                    .statusCode(200)
                    .extract();
            List<Map<String, Object>> items = page.jsonPath().getList("items");
            if (items.isEmpty()) {
                assertEquals(cursor, page.path("next"));
                return all;
            }
            all.addAll(items);
            cursor = page.path("next");
        }
    }

    private static List<String> entityIds(List<Map<String, Object>> items) {
        return items.stream().map(i -> (String) i.get("entityId")).toList();
    }

    private static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static void put(String path, Map<String, Object> body) {
        put(path, body, 200);
    }

    private static void put(String path, Map<String, Object> body, int status) {
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(path))
                .body(body)
                .when()
                .put(path)
                .then()
                .statusCode(status);
    }

    private void importCsv(String csv) {
        given().contentType(ImportExportTest.CSV)
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/programmes/" + programmeId + "/import")
                .then()
                .statusCode(200)
                .body("applied", equalTo(true));
    }
}
