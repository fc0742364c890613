package org.civic.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Replicas of a service starting at once against one empty database (Kubernetes rolls out two or more together,
 * each with quarkus.flyway.migrate-at-start): as many Flyway instances as replicas, each with its own connections,
 * migrate a fresh database ({@link PostgresDatabase}) at the same moment with the service's own migrations (the
 * locations of its application.properties, on the test classpath). Flyway serialises them with a PostgreSQL
 * advisory lock; this checks that every instance succeeds, each migration is applied exactly once, and the tables
 * the service expects are there.
 */
public final class ConcurrentMigration {

    private ConcurrentMigration() {}

    public static void assertReplicasMigrateOneEmptyDatabase(
            String service, int replicas, List<String> locations, List<String> expectedTables) throws Exception {
        PostgresDatabase database = new PostgresDatabase();
        database.init(Map.of("service", service));
        Map<String, String> db = database.start();
        String url = db.get("quarkus.datasource.jdbc.url");
        String user = db.get("quarkus.datasource.username");
        String password = db.get("quarkus.datasource.password");
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            CountDownLatch ready = new CountDownLatch(replicas);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<MigrateResult>> replicasDone = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                replicasDone.add(pool.submit(() -> {
                    Flyway flyway = flyway(url, user, password, locations);
                    ready.countDown();
                    go.await();
                    return flyway.migrate();
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "every replica is ready to migrate");
            go.countDown();
            int applied = 0;
            for (Future<MigrateResult> done : replicasDone) {
                MigrateResult result = done.get(120, TimeUnit.SECONDS);
                assertTrue(result.success, "every replica's migration succeeds");
                applied += result.migrationsExecuted;
            }

            Flyway after = flyway(url, user, password, locations);
            MigrationInfo[] known = after.info().all();
            assertTrue(known.length > 0, "the service's migrations are on the classpath: " + locations);
            assertEquals(known.length, applied, "between them the replicas applied each migration once");
            after.validate(); // every applied checksum matches the migration on the classpath
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                assertEquals(
                        List.of(known.length, known.length),
                        List.of(
                                count(statement, "select count(*) from flyway_schema_history where success"),
                                count(statement, "select count(distinct version) from flyway_schema_history")),
                        "one successful history row per migration, none twice");
                for (String table : expectedTables) {
                    assertEquals(
                            1,
                            count(
                                    statement,
                                    "select count(*) from information_schema.tables where table_name = '" + table
                                            + "'"),
                            "table " + table + " exists");
                }
            }
        } finally {
            pool.shutdownNow();
            database.stop();
        }
    }

    private static Flyway flyway(String url, String user, String password, List<String> locations) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations(locations.toArray(String[]::new))
                .load();
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
