package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.civic.testsupport.DatabaseOutageContractTest;
import org.civic.testsupport.ProxiedPostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's own database (API clients) out of reach: its admin API and key lookups answer 503, never 500. */
@QuarkusTest
@TestProfile(DatabaseOutageContractTest.Profile.class)
class DatabaseOutageTest extends DatabaseOutageContractTest {

    @BeforeEach
    void actAsAdmin() {
        Staff.actAsAdmin();
    }

    @AfterEach
    void signOut() {
        Staff.actAsNobody();
    }

    @Override
    protected String databaseRead() {
        return "/api/v1/admin/clients";
    }

    @Test
    void anApiKeyThatMustBeLookedUpWhileTheDatabaseIsDownGets503() {
        Staff.actAsNobody();
        ProxiedPostgresDatabase.proxy().cut();
        given().header("X-API-Key", "civ_" + "a".repeat(43))
                .when()
                .get("/api/v1/regions")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:civic:problem:service-unavailable"));
    }
}
