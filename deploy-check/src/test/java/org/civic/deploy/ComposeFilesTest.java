package org.civic.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Both Compose files pass {@code docker-compose config} (scripts/check-compose.sh, where docker-compose is
 * installed; .ci/run installs it), and the production one is in production shape.
 */
class ComposeFilesTest {

    private static final Set<String> APPLICATIONS =
            Set.of("project-registry-service", "progress-tracking-service", "benefits-service", "gateway");

    @Test
    void bothComposeFilesPassDockerComposeConfig() throws Exception {
        Process check;
        try {
            // Without docker-compose the script fails at once, saying so; the test then is skipped, not failed.
            boolean installed = new ProcessBuilder("sh", "-c", "command -v docker-compose || docker compose version")
                            .start()
                            .waitFor()
                    == 0;
            assumeTrue(installed, "docker-compose is not installed here (.ci/run installs it)");
            check = new ProcessBuilder("scripts/check-compose.sh")
                    .directory(Overlay.ROOT.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new AssertionError("cannot run scripts/check-compose.sh", e);
        }
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), output);
    }

    @Test
    void productionComposePublishesOnlyTheGatewayAndReadsEverySecretFromAFile() {
        Map<String, Map<String, Object>> services = services("docker-compose.prod.yml");
        assertEquals(Set.of("gateway"), published(services));
        for (String name : APPLICATIONS) {
            Map<String, Object> service = services.get(name);
            Map<String, Object> environment = map(service.get("environment"));
            assertFalse(environment.containsKey("QUARKUS_PROFILE"), name + " runs the prod profile");
            assertEquals("unless-stopped", service.get("restart"), name);
            String health =
                    String.join(" ", strings(map(service.get("healthcheck")).get("test")));
            assertTrue(health.contains("/q/health/ready"), name + " is healthy when ready: " + health);
            Map<String, Object> limits =
                    map(map(map(service.get("deploy")).get("resources")).get("limits"));
            assertNotNull(limits.get("memory"), name + " memory limit");
            assertNotNull(limits.get("cpus"), name + " cpu limit");
            environment.forEach((variable, value) -> {
                if (variable.matches(".*(PASSWORD|_KEY).*")) {
                    String text = String.valueOf(value);
                    assertTrue(
                            variable.endsWith("_FILE") && text.startsWith("/run/secrets/")
                                    || text.startsWith("file:/run/secrets/"),
                            name + " " + variable + " comes from a Compose secret, not a literal: " + text);
                }
            });
        }
        Map<String, Object> postgres = map(services.get("postgres").get("environment"));
        assertEquals("/run/secrets/postgres_password", postgres.get("POSTGRES_PASSWORD_FILE"));
        assertFalse(postgres.containsKey("POSTGRES_PASSWORD"));
        Map<String, Object> secrets = map(Kustomize.readAll(Overlay.ROOT.resolve("docker-compose.prod.yml"))
                .get(0)
                .get("secrets"));
        secrets.forEach((name, secret) -> assertTrue(
                String.valueOf(map(secret).get("file")).startsWith("${CIVIC_SECRETS:-./secrets}/"),
                name + " is a file outside the repository's tracked files"));
    }

    @Test
    void theSecretFilesAreNeverCommitted() throws IOException {
        assertTrue(Files.readAllLines(Overlay.ROOT.resolve(".gitignore")).contains("/secrets/"));
    }

    @Test
    void theDemoComposeKeepsTheDemoProfileAndPublishesOnlyTheGateway() {
        Map<String, Map<String, Object>> services = services("docker-compose.yml");
        assertEquals(Set.of("gateway"), published(services));
        for (String name : APPLICATIONS) {
            assertEquals("demo", map(services.get(name).get("environment")).get("QUARKUS_PROFILE"), name);
        }
        assertTrue(services.containsKey("redis"), "the gateway's shared rate limits");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services(String file) {
        return (Map<String, Map<String, Object>>)
                Kustomize.readAll(Overlay.ROOT.resolve(file)).get(0).get("services");
    }

    private static Set<String> published(Map<String, Map<String, Object>> services) {
        return services.entrySet().stream()
                .filter(service -> service.getValue().containsKey("ports"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertNotNull(value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
