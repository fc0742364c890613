package org.civic.benefits;

import static org.civic.benefits.BenefitsFixtures.citizenBody;
import static org.civic.benefits.BenefitsFixtures.fact;
import static org.civic.benefits.BenefitsFixtures.json;
import static org.civic.benefits.BenefitsFixtures.nationalId;
import static org.civic.benefits.BenefitsFixtures.reading;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.civic.common.security.Roles;
import org.civic.testsupport.Identities;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CitizenPrivacyTest {

    @Inject
    EntityManager entityManager;

    @Test
    void personalDataIsMaskedInEveryAnswer() {
        String id = nationalId(LocalDate.of(1990, 1, 1));
        String citizen = json().body(citizenBody("林小梅", id, List.of(fact("residenceRegion", "350502", null))))
                .when()
                .post("/citizens")
                .then()
                .statusCode(201)
                .body("name", equalTo("林**"))
                .body("nationalIdNumber", equalTo(id.substring(0, 6) + "********" + id.substring(14)))
                .body("phone", equalTo("138****5678"))
                .extract()
                .path("id");
        String body = reading()
                .when()
                .get("/citizens/" + citizen)
                .then()
                .statusCode(200)
                .body("nationalIdNumber", equalTo("350503********" + id.substring(14)))
                .extract()
                .asString();
        assertFalse(body.contains(id) || body.contains("林小梅") || body.contains("13812345678"), body);
        reading()
                .body(Map.of("nationalIdNumber", id.toLowerCase()))
                .when()
                .post("/citizens/lookup")
                .then()
                .statusCode(200)
                .body("id", equalTo(citizen))
                .body("name", equalTo("林**"));
        reading()
                .body(Map.of("nationalIdNumber", nationalId()))
                .when()
                .post("/citizens/lookup")
                .then()
                .statusCode(404)
                .body("detail", not(containsString("350503")));
    }

    @Test
    void theRawTablesHoldNoPlaintextAndCiphertextIsBoundToItsRow() {
        String id = nationalId(LocalDate.of(1975, 8, 20));
        String citizen = json().body(citizenBody("陈大文", id, List.of()))
                .header("Idempotency-Key", "privacy-" + UUID.randomUUID())
                .when()
                .post("/citizens")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Object[] row = (Object[]) entityManager
                .createNativeQuery(
                        "SELECT name_enc, national_id_enc, phone_enc, national_id_lookup FROM citizen WHERE id = CAST(:id AS uuid)")
                .setParameter("id", citizen)
                .getSingleResult();
        for (Object column : row) {
            String raw = new String((byte[]) column, StandardCharsets.ISO_8859_1);
            String utf8 = new String((byte[]) column, StandardCharsets.UTF_8);
            assertFalse(raw.contains(id) || raw.contains("13812345678") || utf8.contains("陈大文"));
        }
        // Nothing else stores it either: the whole database as text holds neither the ID nor the name.
        String everything = (String) entityManager.createNativeQuery("""
                SELECT string_agg(t::text, ' ') FROM (
                    SELECT row_to_json(c)::text AS t FROM citizen c
                    UNION ALL SELECT row_to_json(f)::text FROM fact f
                    UNION ALL SELECT row_to_json(l)::text FROM access_log l
                    UNION ALL SELECT row_to_json(i)::text FROM idempotency_record i) AS rows""").getSingleResult();
        assertFalse(everything.contains(id), "a national ID number is stored in plaintext");
        assertFalse(everything.contains("陈大文"), "a name is stored in plaintext");
        assertFalse(everything.contains("13812345678"), "a phone number is stored in plaintext");
        // A ciphertext copied to another citizen's row does not open: it is authenticated with its row and column.
        String other = json().body(citizenBody("王五", nationalId(), List.of()))
                .when()
                .post("/citizens")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        reading().when().get("/citizens/" + other).then().statusCode(200).body("name", equalTo("王*"));
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "UPDATE citizen SET name_enc = (SELECT name_enc FROM citizen WHERE id = CAST(:from AS uuid))"
                                        + " WHERE id = CAST(:to AS uuid)")
                        .setParameter("from", citizen)
                        .setParameter("to", other)
                        .executeUpdate());
        reading().when().get("/citizens/" + other).then().statusCode(500).body(not(containsString("陈大文")));
    }

    @Test
    void badPersonalDataIsRefusedWithoutEchoingItAndNeverLogged() {
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
            long before = count("citizen");
            String valid = nationalId();
            String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
            String body = json().body(citizenBody("张三", wrongCheck, List.of()))
                    .when()
                    .post("/citizens")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("nationalIdNumber"))
                    .extract()
                    .asString();
            assertFalse(body.contains(wrongCheck), body);
            Map<String, Object> bad = citizenBody(" ", "35050319900230123X", List.of(fact("sex", "F", null)));
            bad.put("phone", "12345");
            json().body(bad)
                    .when()
                    .post("/citizens")
                    .then()
                    .statusCode(400)
                    .body("violations.field", hasItems("name", "nationalIdNumber", "phone"));
            json().body(citizenBody(
                            "张三", valid, List.of(fact("sex", "F", null), fact("birthDate", "2999-01-01", null))))
                    .when()
                    .post("/citizens")
                    .then()
                    .statusCode(400)
                    .body("violations.field", equalTo(List.of("facts[0].value", "facts[1].value")));
            assertEquals(before, count("citizen"));
            json().body(citizenBody("张三", valid, List.of()))
                    .when()
                    .post("/citizens")
                    .then()
                    .statusCode(201);
            json().body(citizenBody("张三丰", valid, List.of()))
                    .when()
                    .post("/citizens")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:civic:problem:citizen-exists"));
            for (LogRecord record : records) {
                String line = record.getMessage() + " " + Arrays.toString(record.getParameters());
                assertFalse(line.contains(valid) || line.contains(wrongCheck) || line.contains("张三"), line);
            }
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void aRetriedRegistrationCreatesOneCitizen() {
        String id = nationalId();
        Map<String, Object> body = citizenBody("黄小明", id, List.of(fact("residenceRegion", "350505", null)));
        String key = "register-" + UUID.randomUUID();
        String first = json().header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/citizens")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/citizens")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("phone", "13900000000");
        json().header("Idempotency-Key", key)
                .body(changed)
                .when()
                .post("/citizens")
                .then()
                .statusCode(422);
        assertEquals(
                1L,
                ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM fact WHERE citizen_id = CAST(:id AS uuid)")
                                .setParameter("id", first)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void aCitizenIsReadAtItsLocationWhileARecordedFactHasNoneAndIsReadThroughTheList() {
        ExtractableResponse<Response> registered = json().body(citizenBody("林一", nationalId(), List.of()))
                .when()
                .post("/citizens")
                .then()
                .statusCode(201)
                .extract();
        String citizen = registered.path("id");
        reading()
                .when()
                .get(registered.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(citizen));
        String key = "fact-" + UUID.randomUUID();
        Map<String, Object> residence = fact("residenceRegion", "350505", null);
        String recorded = json().header("Idempotency-Key", key)
                .body(residence)
                .when()
                .post("/citizens/" + citizen + "/facts")
                .then()
                .statusCode(201)
                .header("Location", nullValue())
                .extract()
                .path("id");
        json().header("Idempotency-Key", key)
                .body(residence)
                .when()
                .post("/citizens/" + citizen + "/facts")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", nullValue())
                .body("id", equalTo(recorded));
        reading()
                .when()
                .get("/citizens/" + citizen + "/facts")
                .then()
                .statusCode(200)
                .body("id", hasItem(recorded));
    }

    @Test
    void everyReadIsLoggedWithWhoWhenAndWhy() {
        String citizen = json().body(citizenBody("郑一", nationalId(), List.of(fact("householdStatus", "DIBAO", null))))
                .when()
                .post("/citizens")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().when()
                .get("/citizens/" + citizen)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("X-Purpose"));
        json().header("X-Purpose", "x\ty")
                .when()
                .get("/citizens/" + citizen + "/facts")
                .then()
                .statusCode(400);
        reading().when().get("/citizens/" + citizen).then().statusCode(200);
        reading()
                .when()
                .get("/citizens/" + citizen + "/facts")
                .then()
                .statusCode(200)
                .body("type", equalTo(List.of("householdStatus")))
                .body("[0].value", equalTo("DIBAO"));
        json().header("X-Purpose", "outreach 2025")
                .header("Authorization", Identities.bearer("staff:social-worker-3", Roles.BENEFITS_OFFICER))
                .when()
                .get("/citizens/" + citizen + "/eligibility")
                .then()
                .statusCode(200);
        reading().when().get("/citizens/" + citizen + "/redemptions").then().statusCode(200);
        json().when()
                .get("/citizens/" + citizen + "/access-log")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "4")
                .body("items", hasSize(4))
                .body(
                        "items.action",
                        equalTo(List.of("READ_REDEMPTIONS", "READ_ELIGIBILITY", "READ_FACTS", "READ_CITIZEN")))
                .body("items[1].actor", equalTo("staff:social-worker-3"))
                .body("items[1].purpose", equalTo("outreach 2025"))
                .body("items[3].actor", equalTo("staff:clerk-7"))
                .body("items[3].purpose", equalTo(BenefitsFixtures.PURPOSE))
                .body("items[0].accessedAt", containsString("T"));
        assertTrue(count("access_log") >= 4);
        json().when()
                .get("/citizens/00000000-0000-0000-0000-000000000000/access-log")
                .then()
                .statusCode(404);
    }

    private long count(String table) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM " + table)
                        .getSingleResult())
                .longValue();
    }
}
