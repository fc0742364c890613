package org.civic.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Gives a test run a fresh, empty PostgreSQL database and drops it afterwards.
 *
 * <p>The server comes from the standard libpq variables {@code PGHOST}, {@code PGPORT}, {@code PGUSER} and
 * {@code PGPASSWORD} (default {@code localhost:5432}, user {@code postgres}). When nothing answers there and
 * a Docker engine is present, a Testcontainers PostgreSQL is used instead; when neither, the run fails at
 * once with a message that says how to get a database. Quarkus Dev Services are never involved.
 *
 * <p>Database names carry their creation time, so databases left behind by a killed run are dropped by
 * the next run once they are more than six hours old.
 */
public class PostgresDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String PREFIX = "civictest_";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(6);

    private String service = "svc";
    private String adminUrl;
    private String user;
    private String password;
    private String database;
    private PostgreSQLContainer container;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service).replaceAll("[^a-z0-9]", "");
    }

    @Override
    public Map<String, String> start() {
        String host = env("PGHOST", "localhost");
        int port = Integer.parseInt(env("PGPORT", "5432"));
        if (host.startsWith("/")) {
            host = "localhost";
        }
        if (answers(host, port)) {
            user = env("PGUSER", "postgres");
            password = env("PGPASSWORD", "");
            adminUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        } else if (dockerAvailable()) {
            container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            user = container.getUsername();
            password = container.getPassword();
            adminUrl = container.getJdbcUrl();
        } else {
            throw new IllegalStateException("""
                    No PostgreSQL answers at %s:%d and no Docker engine is available for Testcontainers.
                    Start a PostgreSQL server (on Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start,
                    or `docker compose up -d postgres`), or point PGHOST/PGPORT/PGUSER/PGPASSWORD at one whose user may CREATE DATABASE.
                    `bash .ci/run` does all of this for you.""".formatted(host, port));
        }
        database = PREFIX + service + "_" + Instant.now().getEpochSecond() + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xFFFF));
        try (Connection admin = connectAdmin();
                Statement statement = admin.createStatement()) {
            dropAbandoned(statement);
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot create the test database on " + adminUrl + " as " + user
                            + " (the user needs CREATEDB; see .ci/run): " + e.getMessage(),
                    e);
        }
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1)
                + database
                + (adminUrl.contains("?") ? adminUrl.substring(adminUrl.indexOf('?')) : "");
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password,
                "quarkus.datasource.devservices.enabled", "false",
                "civic.test.database", database);
    }

    @Override
    public void stop() {
        if (database != null) {
            try (Connection admin = connectAdmin();
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + database + ": " + e.getMessage());
            }
        }
        if (container != null) {
            container.stop();
        }
    }

    private void dropAbandoned(Statement statement) throws SQLException {
        long cutoff = Instant.now().minus(ABANDONED_AFTER).getEpochSecond();
        List<String> abandoned = new ArrayList<>();
        try (ResultSet rows =
                statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                String[] parts = name.split("_");
                if (parts.length == 4 && parts[2].matches("\\d+") && Long.parseLong(parts[2]) < cutoff) {
                    abandoned.add(name);
                }
            }
        }
        for (String name : abandoned) {
            try {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                // another role's database: not ours to drop, and no reason to fail this run
                System.err.println("Left abandoned test database " + name + ": " + e.getMessage());
            }
        }
    }

    private Connection connectAdmin() throws SQLException {
        return DriverManager.getConnection(adminUrl, user, password);
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
