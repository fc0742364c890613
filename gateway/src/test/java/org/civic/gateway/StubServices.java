package org.civic.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Stand-ins for the three services, for tests about how the gateway treats them (slow, failing, broken
 * off, down). Each answers what the test scripted for "METHOD /path" and records what it received.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    public record Answer(int status, String contentType, String body, long delayMillis, Map<String, String> headers) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, 0, Map.of());
        }
    }

    public record Received(String method, String path, Map<String, List<String>> headers, String body) {}

    public static final class Stub {
        HttpServer server;
        private final int port;
        final Map<String, Answer> answers = new ConcurrentHashMap<>();
        final List<Received> received = new CopyOnWriteArrayList<>();
        volatile boolean resetConnections;

        Stub() throws IOException {
            server = listen(0);
            port = server.getAddress().getPort();
        }

        private HttpServer listen(int onPort) throws IOException {
            HttpServer listening = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
            listening.setExecutor(Executors.newCachedThreadPool());
            listening.createContext("/", this::handle);
            listening.start();
            return listening;
        }

        /** Stops listening: connections to this service are refused, as when it is killed. */
        public void down() {
            server.stop(0);
        }

        /** Listens again on the same port. */
        public void up() throws IOException {
            server = listen(port);
        }

        public void answer(String methodAndPath, Answer answer) {
            answers.put(methodAndPath, answer);
        }

        public List<Received> received() {
            return received;
        }

        public void resetConnections(boolean reset) {
            resetConnections = reset;
        }

        public void clear() {
            answers.clear();
            received.clear();
            resetConnections = false;
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        private void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            if (!path.equals("/q/openapi")) { // read by the gateway on its own schedule (ApiDocument, Deprecations)
                received.add(new Received(
                        exchange.getRequestMethod(),
                        path + (query == null ? "" : "?" + query),
                        Map.copyOf(exchange.getRequestHeaders()),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            }
            if (resetConnections) {
                exchange.close(); // closes the socket without an answer
                return;
            }
            Answer answer = answers.getOrDefault(
                    exchange.getRequestMethod() + " " + path,
                    Answer.json(404, "{\"type\":\"urn:civic:problem:not-found\",\"status\":404}"));
            if (answer.delayMillis() > 0) {
                try {
                    Thread.sleep(answer.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            answer.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value.replace("{self}", url())));
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        }
    }

    /** Forgets every scripted answer and received request of the three stand-ins. */
    public static void clearAll() {
        registry.clear();
        progress.clear();
        benefits.clear();
    }

    public static Stub registry;
    public static Stub progress;
    public static Stub benefits;

    @Override
    public Map<String, String> start() {
        try {
            registry = new Stub();
            progress = new Stub();
            benefits = new Stub();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                Sibling.REGISTRY.urlProperty(),
                registry.url(),
                Sibling.PROGRESS.urlProperty(),
                progress.url(),
                Sibling.BENEFITS.urlProperty(),
                benefits.url(),
                "gateway.view-deadline",
                "1500ms",
                "gateway.pass-through-timeout",
                "1500ms",
                "gateway.open-api-fresh-for",
                "0s");
    }

    @Override
    public void stop() {
        for (Stub stub : new Stub[] {registry, progress, benefits}) {
            if (stub != null) {
                stub.server.stop(0);
            }
        }
    }
}
