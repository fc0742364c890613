package org.civic.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs another service of the suite for real during a test run: its packaged fast-jar, on a free port,
 * with its own fresh database ({@link PostgresDatabase}). The root build packages modules in order, so
 * the jar exists when a later module's tests run. Init args: {@code module} (e.g.
 * project-registry-service), {@code urlProperty}, the configuration key that receives its base URL, and
 * any number of {@code system.<key>} entries passed to the service as {@code -D<key>=<value>}. Besides the
 * URL it answers {@code civic.test.sibling.<module>.jdbc-url}, {@code .username} and {@code .password}: its database.
 */
public class SiblingService implements QuarkusTestResourceLifecycleManager {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private String module;
    private String urlProperty;
    private final List<String> systemProperties = new ArrayList<>();
    private final PostgresDatabase database = new PostgresDatabase();
    private Process process;

    @Override
    public void init(Map<String, String> initArgs) {
        module = initArgs.get("module");
        urlProperty = initArgs.get("urlProperty");
        // The demo profile: the sibling trusts the demo identity key, as the service under test does.
        systemProperties.add("-Dquarkus.profile=" + initArgs.getOrDefault("system.quarkus.profile", "demo"));
        initArgs.forEach((key, value) -> {
            if (key.equals("system.quarkus.profile")) {
                return;
            }
            if (key.startsWith("system.")) {
                systemProperties.add("-D" + key.substring("system.".length()) + "=" + value);
            }
        });
        database.init(Map.of("service", module.replace("-service", "").replace("-", "")));
    }

    @Override
    public Map<String, String> start() {
        Path jar = Path.of(System.getProperty("user.dir"))
                .resolveSibling(module)
                .resolve("target/quarkus-app/quarkus-run.jar");
        String rebuild = "run ./mvnw verify from the repository root, which packages " + module
                + " first, or ./mvnw package -DskipTests -pl " + module + " -am.";
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: " + rebuild);
        }
        // A jar older than its sources would test yesterday's service and pass or fail for the wrong reason.
        Path root = jar.getParent().getParent().getParent().getParent();
        Optional<Path> newer = newestFile(List.of(
                root.resolve(module).resolve("src/main"),
                root.resolve("common/src/main"),
                root.resolve(module).resolve("pom.xml")));
        if (newer.isPresent()
                && modified(newer.get()).compareTo(modified(jar.getParent().resolve("app"))) > 0) {
            throw new IllegalStateException(jar + " is older than " + root.relativize(newer.get()) + ": " + rebuild);
        }
        Map<String, String> db = database.start();
        int port = freePort();
        String url = "http://localhost:" + port;
        try {
            Path log = Path.of(System.getProperty("user.dir"), "target", module + "-for-tests.log");
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m",
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.datasource.jdbc.url=" + db.get("quarkus.datasource.jdbc.url"),
                    "-Dquarkus.datasource.username=" + db.get("quarkus.datasource.username"),
                    "-Dquarkus.datasource.password=" + db.get("quarkus.datasource.password")));
            command.addAll(systemProperties);
            command.addAll(List.of("-jar", jar.toString()));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            awaitReady(url, log);
        } catch (IOException e) {
            stop();
            throw new IllegalStateException("cannot start " + module, e);
        }
        Map<String, String> config = new HashMap<>();
        config.put(urlProperty, url);
        // Where its database lives, for tests that look at what a request stored (e.g. the gateway's fuzz test).
        config.put(databaseProperty(module, "jdbc-url"), db.get("quarkus.datasource.jdbc.url"));
        config.put(databaseProperty(module, "username"), db.get("quarkus.datasource.username"));
        config.put(databaseProperty(module, "password"), db.get("quarkus.datasource.password"));
        return config;
    }

    /** The key under which a started sibling answers one fact of its database: jdbc-url, username or password. */
    public static String databaseProperty(String module, String fact) {
        return "civic.test.sibling." + module + "." + fact;
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        database.stop();
    }

    private void awaitReady(String url, Path log) {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited while starting; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection)
                        URI.create(url + "/q/health/ready").toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(2000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(module + " was not ready within " + STARTUP + "; see " + log);
    }

    /** The most recently modified regular file below these paths (a directory's own time says little). */
    private static Optional<Path> newestFile(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path path : roots) {
            if (Files.exists(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return files.stream().max(Comparator.comparing(SiblingService::modified));
    }

    /** A file's time, or for a directory the newest time of the files directly in it (the packaged jars). */
    private static FileTime modified(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    return files.map(SiblingService::modified)
                            .max(Comparable::compareTo)
                            .orElse(FileTime.fromMillis(0));
                }
            }
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
