package org.civic.gateway;

import static org.civic.gateway.StubServices.Answer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With a certificate configured the gateway serves TLS, and clients that offer HTTP/2 (ALPN) get it, for the
 * pass-through and the gateway's own answers alike; HSTS is sent only there.
 */
@QuarkusTest
@TestProfile(TlsTest.WithCertificate.class)
class TlsTest {

    static final String PASSWORD = "test-only";
    static final Path KEY_STORE = Path.of("target", "tls-test", "gateway.p12");

    /** A self-signed certificate for localhost, made by the JDK's keytool for this test run only. */
    public static class WithCertificate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            makeKeyStore();
            return Map.of(
                    "quarkus.http.ssl.certificate.key-store-file",
                    KEY_STORE.toAbsolutePath().toString(),
                    "quarkus.http.ssl.certificate.key-store-password",
                    PASSWORD,
                    "quarkus.http.test-ssl-port",
                    "0");
        }
    }

    @TestHTTPResource(value = "/", tls = true)
    URI secure;

    @BeforeEach
    void reset() {
        StubServices.clearAll();
    }

    @Test
    void aClientThatOffersHttp2OverTlsGetsItThroughThePassThrough() throws Exception {
        StubServices.registry.answer("GET /regions", json(200, "[{\"code\":\"350500\"}]"));
        HttpResponse<String> response = client().send(
                        request("api/v1/regions")
                                .header("Authorization", "Bearer " + Staff.token("test-admin", "admin"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals(HttpClient.Version.HTTP_2, response.version());
        assertTrue(response.body().contains("350500"), response.body());
        assertTrue(response.headers()
                .firstValue("Strict-Transport-Security")
                .orElse("")
                .startsWith("max-age="));
    }

    @Test
    void theGatewaysOwnProblemsAreServedOverHttp2Too() throws Exception {
        HttpResponse<String> response =
                client().send(request("api/v1/regions").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
        assertEquals(HttpClient.Version.HTTP_2, response.version());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(secure.resolve(path));
    }

    private static HttpClient client() throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(KEY_STORE)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .sslContext(tls)
                .build();
    }

    private static void makeKeyStore() {
        try {
            Files.createDirectories(KEY_STORE.getParent());
            Files.deleteIfExists(KEY_STORE);
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(List.of(
                            keytool.toString(),
                            "-genkeypair",
                            "-alias",
                            "gateway",
                            "-keyalg",
                            "EC",
                            "-groupname",
                            "secp256r1",
                            "-validity",
                            "2",
                            "-dname",
                            "CN=localhost",
                            "-ext",
                            "SAN=dns:localhost,ip:127.0.0.1",
                            "-storetype",
                            "PKCS12",
                            "-keystore",
                            KEY_STORE.toString(),
                            "-storepass",
                            PASSWORD))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
