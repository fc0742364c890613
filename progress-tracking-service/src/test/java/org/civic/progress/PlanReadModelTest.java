package org.civic.progress;

import static io.restassured.RestAssured.given;
import static org.civic.progress.RegistryData.parkingProject;
import static org.civic.progress.RegistryData.programme;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.common.security.Roles;
import org.civic.common.web.BusinessClock;
import org.civic.progress.service.PlanFeedConsumer;
import org.civic.progress.service.SummaryWarmUp;
import org.civic.testsupport.Identities;
import org.civic.testsupport.PrometheusMetrics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plan read model (README "Plan read model"): registry changes arrive through the feed, each exactly once; the
 * summary's ETag moves exactly when one of its inputs does; the consumer resumes from its stored cursor.
 */
@QuarkusTest
class PlanReadModelTest {

    private static final String AS_OF = "2024-12-31";

    @Inject
    PlanFeedConsumer planFeed;

    @Inject
    SummaryWarmUp warmUp;

    @Inject
    BusinessClock clock;

    @Inject
    @CacheName("programme-summaries")
    Cache summaries;

    @Inject
    EntityManager entityManager;

    String programmeId;
    String projectId;

    @BeforeEach
    void setUp() {
        programmeId = programme();
        projectId = parkingProject(programmeId, "XX-PARK");
        planFeed.catchUp();
    }

    @Test
    void aRegistryChangeReachesTheReadModelWithItsVersionAndAReplayedChangeHasNoEffect() {
        assertEquals(3000, target());
        long before = version();
        RegistryData.changeTarget(projectId, 4000);
        planFeed.catchUp();
        assertEquals(4000, target());
        long changed = version();
        assertTrue(changed > before, "the registry's version came with the change");

        // Replay: move the cursor back over the last changes and read them again.
        String etag = summaryTag();
        long position = position();
        sql("UPDATE plan_feed SET position = " + Math.max(0, position - 5));
        double appliedBefore = PrometheusMetrics.value("civic_plan_changes_applied_total", Map.of());
        planFeed.catchUp(); // (or the scheduled poll, whichever takes the cursor first)
        assertTrue(PrometheusMetrics.value("civic_plan_changes_applied_total", Map.of()) > appliedBefore);
        assertEquals(position, position(), "the cursor ends where it was");
        assertEquals(4000, target());
        assertEquals(changed, version(), "an older or equal version never overwrites");
        assertEquals(etag, summaryTag(), "nothing an answer is made of changed");
    }

    @Test
    void theConsumerResumesFromItsStoredCursorAndCatchesUpWithEveryChangeMissed() {
        long position = position();
        String second = parkingProject(programmeId, "XX-PARK-2");
        String third = parkingProject(programmeId, "XX-PARK-3");
        RegistryData.changeTarget(projectId, 3500);
        planFeed.catchUp();
        assertTrue(position() >= position + 3, "the cursor moved past the three changes");
        assertEquals(3500, target());
        assertEquals(
                3L,
                ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM plan_project WHERE id IN (:ids)")
                                .setParameter(
                                        "ids",
                                        List.of(projectId, second, third).stream()
                                                .map(UUID::fromString)
                                                .toList())
                                .getSingleResult())
                        .longValue());
        given().when()
                .get("/programmes/" + programmeId + "/summary")
                .then()
                .statusCode(200)
                .header("Plan-Synced-At", notNullValue())
                .body("projects", equalTo(3));
    }

    @Test
    void theWarmUpComputesTodaysSummaryOfRecentPublishedProgrammesButNotOfDrafts() {
        String draft = programme("DRAFT");
        planFeed.catchUp();
        List<UUID> warmed = warmUp.warm();
        assertTrue(warmed.contains(UUID.fromString(programmeId)), "the programme just published was warmed");
        assertFalse(warmed.contains(UUID.fromString(draft)), "a draft is no one's dashboard yet");
        String today = clock.today().toString();
        assertTrue(
                summaries.as(CaffeineCache.class).keySet().stream()
                        .map(Object::toString)
                        .anyMatch(key -> key.contains(programmeId) && key.contains(today)),
                "today's summary is in the cache");
        given().when()
                .get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'plan-read-model' }.data.summariesWarmed", equalTo(true));
    }

    @Test
    void theSummaryEtagChangesExactlyWhenAnInputChanges() {
        String first = summaryTag();
        given().header("If-None-Match", first)
                .queryParam("asOf", AS_OF)
                .when()
                .get("/programmes/" + programmeId + "/summary")
                .then()
                .statusCode(304)
                .header("Plan-Synced-At", notNullValue());

        // Another programme's change: same tag.
        String other = programme();
        parkingProject(other, "XX-OTHER");
        planFeed.catchUp();
        assertEquals(first, summaryTag());

        // An approval in this programme: a new tag, and the figures with it.
        approve(report());
        String approved = summaryTag();
        assertNotEquals(first, approved);
        given().queryParam("asOf", AS_OF)
                .when()
                .get("/programmes/" + programmeId + "/summary")
                .then()
                .body("indicatorsMet", equalTo(1));

        // A target changed in the registry: a new tag once the feed brings it.
        RegistryData.changeTarget(projectId, 5000);
        planFeed.catchUp();
        String retargeted = summaryTag();
        assertNotEquals(approved, retargeted);
        given().queryParam("asOf", AS_OF)
                .when()
                .get("/programmes/" + programmeId + "/summary")
                .then()
                .body("indicatorsMet", equalTo(0));

        // Another date is another summary.
        assertNotEquals(
                retargeted,
                given().queryParam("asOf", "2024-06-30")
                        .when()
                        .get("/programmes/" + programmeId + "/summary")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag"));
    }

    private String report() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2024-12-01", "actuals", List.of(Map.of("key", "spaces", "value", 4734))))
                .header("Authorization", Identities.bearer("staff:reporter-1", Roles.ADMIN))
                .when()
                .post("/projects/" + projectId + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void approve(String reportId) {
        given().when().post("/reports/" + reportId + "/submit").then().statusCode(200);
        given().header("Authorization", Identities.bearer("staff:reviewer-1", Roles.REVIEWER))
                .when()
                .post("/reports/" + reportId + "/approve")
                .then()
                .statusCode(200);
    }

    private String summaryTag() {
        return given().queryParam("asOf", AS_OF)
                .when()
                .get("/programmes/" + programmeId + "/summary")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private int target() {
        return ((Number) entityManager
                        .createNativeQuery("SELECT (data->'indicators'->0->>'target')::numeric FROM plan_project"
                                + " WHERE id = cast(:id AS uuid)")
                        .setParameter("id", projectId)
                        .getSingleResult())
                .intValue();
    }

    private long version() {
        return ((Number) entityManager
                        .createNativeQuery("SELECT version FROM plan_project WHERE id = cast(:id AS uuid)")
                        .setParameter("id", projectId)
                        .getSingleResult())
                .longValue();
    }

    private long position() {
        return ((Number) entityManager
                        .createNativeQuery("SELECT position FROM plan_feed")
                        .getSingleResult())
                .longValue();
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
