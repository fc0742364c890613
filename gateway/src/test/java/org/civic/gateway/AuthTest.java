package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.civic.gateway.StubServices.Answer.json;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.civic.testsupport.PrometheusMetrics;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthTest {

    @Inject
    EntityManager entityManager;

    final String admin = Staff.token("alice", "admin");

    @BeforeEach
    void reset() {
        Staff.actAsNobody();
        StubServices.clearAll();
        StubServices.registry.answer("GET /regions", json(200, "{\"items\":[]}"));
        StubServices.registry.answer("POST /regions", json(201, "{}"));
        StubServices.benefits.answer("POST /verifications", json(200, "{\"allowed\":true}"));
        StubServices.benefits.answer("GET /citizens/c1", json(200, "{}"));
        StubServices.progress.answer("POST /reports/r1/approve", json(200, "{}"));
    }

    String client(List<String> scopes, int perMinute) {
        return given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "app " + scopes, "scopes", scopes, "ratePerMinute", perMinute))
                .when()
                .post("/api/v1/admin/clients")
                .then()
                .statusCode(201)
                .body("key", notNullValue())
                .extract()
                .path("key");
    }

    @Test
    void anonymousCallsAreRefusedButTheDocumentationIsOpen() {
        given().when()
                .get("/api/v1/regions")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().header("X-API-Key", "civ_not-a-key")
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(401);
        given().auth().oauth2("not.a.jwt").when().get("/api/v1/regions").then().statusCode(401);
        given().when().get("/api/v1/openapi").then().statusCode(200);
        assertFalse(
                StubServices.registry.received().stream().anyMatch(r -> r.path().startsWith("/regions")));
    }

    @Test
    void keysAreShownOnceStoredHashedScopedAndRevocable() {
        String key = client(List.of("public:read"), 100);
        given().header("X-API-Key", key)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", "100");
        given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/admin/clients")
                .then()
                .statusCode(200)
                .body("key", not(hasItem(key)))
                .body("[0].key", nullValue());
        @SuppressWarnings("unchecked")
        List<String> stored = entityManager
                .createNativeQuery("select key_hash from api_client")
                .getResultList();
        assertFalse(stored.contains(key));
        String id = given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/admin/clients")
                .then()
                .extract()
                .path("find { it.keyPrefix == '" + key.substring(0, 10) + "' }.id");
        given().auth()
                .oauth2(admin)
                .when()
                .delete("/api/v1/admin/clients/" + id)
                .then()
                .statusCode(204);
        given().header("X-API-Key", key).when().get("/api/v1/regions").then().statusCode(401);
        given().header("X-API-Key", key)
                .when()
                .get("/api/v1/admin/clients")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Staff.token("bob", "editor"))
                .when()
                .get("/api/v1/admin/clients")
                .then()
                .statusCode(403);
    }

    @Test
    void eachForwardedCallCarriesTheCallersIdentitySignedByTheGatewayAndNoCredential() throws Exception {
        String verifier = client(List.of("benefits:verify"), 100);
        given().header("X-API-Key", verifier)
                .header("X-Civic-Actor", "someone-else")
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/verifications")
                .then()
                .statusCode(200);
        var verification = StubServices.benefits.received().get(0);
        JwtClaims client = ForwardedIdentity.of(verification);
        assertEquals("client:app [benefits:verify]", client.getClaimValue("upn"));
        assertEquals(List.of("benefits:verify"), client.getStringListClaimValue("groups"));
        assertFalse(verification.headers().containsKey("X-api-key"), "the API key is never passed on");
        assertFalse(
                verification.headers().containsKey("X-civic-actor"), "a caller's own claim of who it is is dropped");

        String editorToken = Staff.token("eddie", "editor");
        given().auth()
                .oauth2(editorToken)
                .when()
                .post("/api/v1/reports/r1/approve")
                .then()
                .statusCode(200);
        var approval = StubServices.progress.received().get(0);
        JwtClaims editor = ForwardedIdentity.of(approval);
        assertEquals("staff:eddie", editor.getClaimValue("upn"));
        assertEquals(List.of("editor"), editor.getStringListClaimValue("groups"));
        assertFalse(
                approval.headers().get("Authorization").get(0).contains(editorToken), "the staff token is replaced");
        assertTrue(
                editor.getExpirationTime().getValueInMillis() - System.currentTimeMillis() <= 120_000,
                "the identity is short-lived");
    }

    @Test
    void onlyAdminsManageApiClients() {
        given().auth()
                .oauth2(Staff.token("dora", "dashboard"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "sneaky", "scopes", List.of("public:read"), "ratePerMinute", 10))
                .when()
                .post("/api/v1/admin/clients")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        String key = client(List.of("public:read"), 100);
        given().header("X-API-Key", key)
                .when()
                .get("/api/v1/admin/clients")
                .then()
                .statusCode(403);
    }

    @Test
    void aClientOverItsRateGets429AndOthersAreUnaffected() {
        String greedy = client(List.of("public:read"), 3);
        String other = client(List.of("public:read"), 100);
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", greedy)
                    .when()
                    .get("/api/v1/regions")
                    .then()
                    .statusCode(200);
        }
        double refusedBefore = PrometheusMetrics.value("civic_rate_limit_refusals_total", Map.of("caller", "client"));
        given().header("X-API-Key", greedy)
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "0");
        given().header("X-API-Key", other).when().get("/api/v1/regions").then().statusCode(200);
        assertEquals(
                1,
                PrometheusMetrics.value("civic_rate_limit_refusals_total", Map.of("caller", "client")) - refusedBefore);
    }

    @Test
    void badClientDefinitionsAreRefused() {
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x", "scopes", List.of("everything"), "ratePerMinute", 0))
                .when()
                .post("/api/v1/admin/clients")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("scopes", "ratePerMinute"));
    }

    @Test
    void noEndpointHandsOutCredentials() {
        given().when().post("/api/v1/demo/credentials").then().statusCode(404);
        given().auth()
                .oauth2(admin)
                .when()
                .post("/api/v1/demo/credentials")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        assertTrue(StubServices.registry.received().isEmpty()
                && StubServices.progress.received().isEmpty()
                && StubServices.benefits.received().isEmpty());
    }
}
