package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.civic.registry.RegistryFixtures.child;
import static org.civic.registry.RegistryFixtures.province;
import static org.civic.registry.SelectionFixtures.APP;
import static org.civic.registry.SelectionFixtures.acceptedSuggestion;
import static org.civic.registry.SelectionFixtures.suggestionBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 群众提: suggestions from apps and staff, their screening, what the public sees, and the contact that never leaks. */
@QuarkusTest
class SuggestionTest {

    static final String PUBLIC_APP = Identities.bearer("client:news app", Roles.PUBLIC_READ);
    static final String CONTACT = "13912345678";

    @Inject
    EntityManager entityManager;

    String city;

    @BeforeEach
    void setUp() {
        city = child(province(), "CITY", "北京市通州区");
    }

    @Test
    void theContactIsSealedMaskedForStaffAbsentForThePublicAndNeverInTheDatabaseOrTheLogs() {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String head = given().when()
                    .get("/changes/head")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("next");
            String id = given().header("Authorization", APP)
                    .header("Idempotency-Key", "suggestion-" + city)
                    .contentType(ContentType.JSON)
                    .body(suggestionBody(city, "建议在运河沿线增设老年助餐点", CONTACT))
                    .when()
                    .post("/suggestions")
                    .then()
                    .statusCode(201)
                    .header("Cache-Control", "no-store")
                    .body("contact", equalTo("139****5678"))
                    .body("status", equalTo("SUBMITTED"))
                    .body("submittedBy", equalTo("client:i-jinjiang app"))
                    .extract()
                    .path("id");
            given().when().get("/suggestions/" + id).then().statusCode(200).body("contact", equalTo("139****5678"));
            given().header("Authorization", PUBLIC_APP)
                    .when()
                    .get("/suggestions/" + id)
                    .then()
                    .statusCode(404);
            given().contentType(ContentType.JSON)
                    .body(Map.of("status", "ACCEPTED", "reason", "普惠性"))
                    .when()
                    .post("/suggestions/" + id + "/screening")
                    .then()
                    .statusCode(200);
            given().header("Authorization", PUBLIC_APP)
                    .when()
                    .get("/suggestions/" + id)
                    .then()
                    .statusCode(200)
                    .body("contact", nullValue())
                    .body("submittedBy", nullValue())
                    .body("text", equalTo("建议在运河沿线增设老年助餐点"));
            given().header("Authorization", PUBLIC_APP)
                    .queryParam("after", head)
                    .queryParam("limit", 1000)
                    .when()
                    .get("/changes")
                    .then()
                    .statusCode(200)
                    .body(
                            "items.findAll { it.entityId == '" + id + "' }.type",
                            equalTo(List.of("suggestion.accepted")));

            byte[] sealed = (byte[]) entityManager
                    .createNativeQuery("SELECT contact_sealed FROM suggestion WHERE id = CAST(:id AS uuid)")
                    .setParameter("id", id)
                    .getSingleResult();
            assertNotNull(sealed);
            assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains(CONTACT));
            String everything = (String) entityManager.createNativeQuery("""
                    SELECT string_agg(t, ' ') FROM (
                        SELECT row_to_json(s)::text AS t FROM suggestion s
                        UNION ALL SELECT row_to_json(d)::text FROM suggestion_district d
                        UNION ALL SELECT row_to_json(e)::text FROM change_event e
                        UNION ALL SELECT row_to_json(i)::text FROM idempotency_record i) AS rows""").getSingleResult();
            assertTrue(everything.contains("建议在运河沿线增设老年助餐点"), "the scan reads the rows");
            assertFalse(everything.contains(CONTACT), "no plaintext contact");
        } finally {
            root.removeHandler(capture);
        }
        for (LogRecord record : records) {
            String line = record.getMessage() + " " + Arrays.toString(record.getParameters());
            assertFalse(line.contains(CONTACT), line);
        }
    }

    @Test
    void screeningAcceptsMergesOrRejectsOnceAndARejectionNamesItsReason() {
        String accepted = acceptedSuggestion(city, "建议新建社区卫生服务站");
        String duplicate = submit(APP, "社区里建一个卫生服务站吧");
        String office = submit(APP, "建议新建区政府办公楼");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "REJECTED"))
                .when()
                .post("/suggestions/" + office + "/screening")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "REJECTED", "reason", "负面清单: 楼堂馆所建设"))
                .when()
                .post("/suggestions/" + office + "/screening")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("screeningReason", equalTo("负面清单: 楼堂馆所建设"));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "ACCEPTED"))
                .when()
                .post("/suggestions/" + office + "/screening")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:civic:problem:suggestion-screened"));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "MERGED", "mergedIntoId", office))
                .when()
                .post("/suggestions/" + duplicate + "/screening")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("mergedIntoId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "MERGED", "mergedIntoId", accepted, "reason", "与既有建议相同"))
                .when()
                .post("/suggestions/" + duplicate + "/screening")
                .then()
                .statusCode(200)
                .body("status", equalTo("MERGED"))
                .body("mergedIntoId", equalTo(accepted));

        given().header("Authorization", PUBLIC_APP)
                .queryParam("region", city)
                .when()
                .get("/suggestions")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(accepted)))
                .body("items.contact", everyItem(nullValue()));
        given().header("Authorization", PUBLIC_APP)
                .queryParam("region", city)
                .queryParam("status", "REJECTED")
                .when()
                .get("/suggestions")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().header("Authorization", PUBLIC_APP)
                .queryParam("region", city)
                .queryParam("year", 2024)
                .when()
                .get("/suggestions/summary")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("accepted", equalTo(1))
                .body("merged", equalTo(1))
                .body("rejected", equalTo(1))
                .body("submitted", equalTo(0));
        given().queryParam("region", city)
                .when()
                .get("/suggestions")
                .then()
                .statusCode(200)
                .body("items.status", hasItem("REJECTED"))
                .body("items.find { it.id == '" + accepted + "' }.contact", notNullValue());
    }

    @Test
    void onlyAppsWithSuggestionsWriteAndStaffSubmit() {
        given().header("Authorization", PUBLIC_APP)
                .contentType(ContentType.JSON)
                .body(suggestionBody(city, "建议增加公交线路", null))
                .when()
                .post("/suggestions")
                .then()
                .statusCode(403);
        given().header("Authorization", APP)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ACCEPTED"))
                .when()
                .post("/suggestions/00000000-0000-0000-0000-000000000000/screening")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(suggestionBody("999999", "建议增加公交线路", null))
                .when()
                .post("/suggestions")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("regionCode"));
        assertEquals(0L, count("SELECT count(*) FROM suggestion WHERE region_code = '" + city + "'"));
    }

    @Test
    void aClientRepeatingTheSameTextIsLimitedToThreePerDayWhileOthersAreNot() {
        List<String> variants = List.of("建议增设公交 线路!", "建议增设公交线路", "建议增设公交线路。");
        for (String text : variants) {
            given().header("Authorization", APP)
                    .contentType(ContentType.JSON)
                    .body(suggestionBody(city, text, null))
                    .when()
                    .post("/suggestions")
                    .then()
                    .statusCode(201);
        }
        given().header("Authorization", APP)
                .contentType(ContentType.JSON)
                .body(suggestionBody(city, "建议 增设公交线路", null))
                .when()
                .post("/suggestions")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:civic:problem:duplicate-suggestions"));
        given().header("Authorization", Identities.bearer("client:another app", Roles.SUGGESTIONS_WRITE))
                .contentType(ContentType.JSON)
                .body(suggestionBody(city, "建议增设公交线路", null))
                .when()
                .post("/suggestions")
                .then()
                .statusCode(201);
        given().header("Authorization", APP)
                .contentType(ContentType.JSON)
                .body(suggestionBody(city, "建议延长地铁运营时间", null))
                .when()
                .post("/suggestions")
                .then()
                .statusCode(201);
        assertEquals(5L, count("SELECT count(*) FROM suggestion WHERE region_code = '" + city + "'"));
    }

    private String submit(String bearer, String text) {
        return given().header("Authorization", bearer)
                .contentType(ContentType.JSON)
                .body(suggestionBody(city, text, null))
                .when()
                .post("/suggestions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
