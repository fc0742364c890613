package org.civic.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every service does while its database is out of reach (edge issue): 503 problem+json with
 * {@code Retry-After}, never a 500 or a hanging request; readiness DOWN; and back to normal within seconds once
 * the database returns. Each service runs it with {@code @QuarkusTest @TestProfile(...Profile subclass)}, naming a
 * read that needs the database.
 */
public abstract class DatabaseOutageContractTest {

    /** The service's own database only, reached through a proxy the test cuts. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedPostgresDatabase.class, Map.of("service", "outage")));
        }
    }

    /** A GET that reads the database, answered 200 while it is up. */
    protected abstract String databaseRead();

    @AfterEach
    void restore() {
        ProxiedPostgresDatabase.proxy().restore();
    }

    @Inject
    DataSource dataSource;

    @Test
    void whenThePoolIsExhaustedARequestWaitsBrieflyThenGets503WithRetryAfter() throws SQLException {
        int max = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class);
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < max) {
                try {
                    held.add(dataSource.getConnection());
                } catch (SQLException e) {
                    break; // another part of the service holds one: the pool is exhausted all the same
                }
            }
            long started = System.nanoTime();
            given().when()
                    .get(databaseRead())
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("urn:civic:problem:service-unavailable"));
            long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertTrue(waited >= 1500 && waited < 6000, "waited for a connection briefly, " + waited + " ms");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().when().get(databaseRead()).then().statusCode(200);
    }

    @Test
    void whileTheDatabaseIsDownEveryRequestGets503WithRetryAfterAndReadinessIsDown() {
        given().when().get(databaseRead()).then().statusCode(200);
        ProxiedPostgresDatabase.proxy().cut();
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            given().when()
                    .get(databaseRead())
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("urn:civic:problem:service-unavailable"))
                    .body(not(containsString("Exception")));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10, "answered without hanging");
        }
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post(databaseRead())
                .then()
                .statusCode(not(500));
        given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

        ProxiedPostgresDatabase.proxy().restore();
        long restored = System.nanoTime();
        int status = 0;
        while (System.nanoTime() - restored < Duration.ofSeconds(10).toNanos()) {
            status = given().when().get(databaseRead()).then().extract().statusCode();
            if (status == 200) {
                break;
            }
            sleep();
        }
        Duration back = Duration.ofNanos(System.nanoTime() - restored);
        assertTrue(status == 200, "answers again once the database is back, last status " + status);
        assertTrue(back.toMillis() < 3000, "back within ~2 s, took " + back.toMillis() + " ms");
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
