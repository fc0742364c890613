package org.civic.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civic.testsupport.SiblingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real gateway processes (the packaged jar, started twice by test-support's SiblingService) on one database and
 * the one Redis at REDIS_URL, as two replicas behind the Ingress: one caller's limit holds across both. The root
 * build packages the gateway before this module's tests run.
 */
class GatewayReplicasShareOneRateLimitTest {

    private static final String ISSUER = "https://civic-suite.example/staff";
    private static final int STAFF_RATE = 4;

    private static final List<SiblingService> replicas = new ArrayList<>();
    private static final List<String> urls = new ArrayList<>();
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwoGateways() {
        // This run's buckets only, so concurrent runs on one Redis never share one.
        String prefix = "civic-test:" + UUID.randomUUID() + ":";
        Map<String, String> first = start(Map.of(), prefix);
        String database = SiblingService.databaseProperty("gateway", "jdbc-url");
        start(
                Map.of(
                        "system.quarkus.datasource.jdbc.url", first.get(database),
                        "system.quarkus.datasource.username",
                                first.get(SiblingService.databaseProperty("gateway", "username")),
                        "system.quarkus.datasource.password",
                                first.get(SiblingService.databaseProperty("gateway", "password"))),
                prefix);
    }

    @AfterAll
    static void stopThem() {
        replicas.forEach(SiblingService::stop);
    }

    @Test
    void oneStaffMembersLimitHoldsAcrossTwoGatewayProcessesAndAnotherMembersIsItsOwn() throws Exception {
        String operator = token("replica-test-operator");
        List<Integer> statuses = new ArrayList<>();
        List<String> remaining = new ArrayList<>();
        for (int call = 0; call < STAFF_RATE + 2; call++) {
            HttpResponse<String> answer = listClients(urls.get(call % 2), operator);
            statuses.add(answer.statusCode());
            remaining.add(answer.headers().firstValue("RateLimit-Remaining").orElse("-"));
        }

        assertEquals(List.of(200, 200, 200, 200, 429, 429), statuses, "four a minute, whichever replica answers");
        assertEquals(List.of("3", "2", "1", "0", "0", "0"), remaining, "each replica counts what the other spent");
        assertEquals(200, listClients(urls.get(1), token("replica-test-other")).statusCode());
    }

    private static HttpResponse<String> listClients(String gateway, String bearer) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(gateway + "/api/v1/admin/clients"))
                        .header("Authorization", "Bearer " + bearer)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String name) throws Exception {
        PrivateKey key = KeyUtils.decodePrivateKey(
                Files.readString(Overlay.ROOT.resolve("gateway/src/main/resources/demo-keys/jwt-private.pem")));
        return Jwt.issuer(ISSUER)
                .upn(name)
                .subject(name)
                .groups(Set.of("admin"))
                .issuedAt(System.currentTimeMillis() / 1000)
                .expiresIn(600)
                .sign(key);
    }

    private static Map<String, String> start(Map<String, String> database, String prefix) {
        SiblingService replica = new SiblingService();
        Map<String, String> args = new java.util.HashMap<>(database);
        args.put("module", "gateway");
        args.put("urlProperty", "gateway.url");
        args.put("system.gateway.staff-rate-per-minute", Integer.toString(STAFF_RATE));
        args.put("system.gateway.rate-limit.key-prefix", prefix);
        replica.init(args);
        replicas.add(replica);
        Map<String, String> config = replica.start();
        urls.add(config.get("gateway.url"));
        return config;
    }
}
