package org.civic.gateway;

import static io.restassured.RestAssured.given;
import static org.civic.gateway.StubServices.Answer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With tracing switched on, a caller's W3C trace context goes through the gateway to every service it asks, for the
 * pass-through as for the views, and the gateway records its spans in that trace.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CALLERS_CONTEXT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "0.05s");
        }
    }

    /** The spans the gateway exports (the cdi exporter hands them to this bean instead of a collector). */
    @Singleton
    static class Exporter {
        @Produces
        @Singleton
        InMemorySpanExporter inMemory() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    final String project = UUID.randomUUID().toString();

    @BeforeEach
    void reset() {
        Staff.actAsAdmin();
        StubServices.clearAll();
        spans.reset();
    }

    @AfterEach
    void signOut() {
        Staff.actAsNobody();
    }

    static String traceOf(String traceparent) {
        return traceparent.split("-")[1];
    }

    @Test
    void thePassThroughContinuesTheCallersTrace() throws Exception {
        StubServices.registry.answer("GET /projects/" + project, json(200, "{\"id\":\"" + project + "\"}"));
        given().header("traceparent", CALLERS_CONTEXT)
                .when()
                .get("/api/v1/projects/" + project)
                .then()
                .statusCode(200);
        List<String> forwarded =
                StubServices.registry.received().get(0).headers().get("Traceparent");
        assertEquals(TRACE_ID, traceOf(forwarded.get(0)), forwarded.toString());
        assertTrue(
                awaitSpans().stream()
                        .anyMatch(span -> span.getKind() == SpanKind.SERVER
                                && span.getTraceId().equals(TRACE_ID)),
                spans.getFinishedSpanItems().toString());
    }

    @Test
    void everyPartOfAViewIsAskedInTheCallersTrace() throws Exception {
        StubServices.registry.answer("GET /projects/" + project, json(200, "{\"id\":\"" + project + "\"}"));
        StubServices.progress.answer("GET /projects/" + project + "/milestones", json(200, "[]"));
        StubServices.progress.answer("GET /projects/" + project + "/reports", json(200, "{\"items\":[],\"total\":0}"));
        StubServices.progress.answer("GET /projects/" + project + "/status", json(200, "{}"));
        given().header("traceparent", CALLERS_CONTEXT)
                .when()
                .get("/api/v1/projects/" + project + "/overview")
                .then()
                .statusCode(200);
        List<StubServices.Received> calls = new ArrayList<>(StubServices.registry.received());
        calls.addAll(StubServices.progress.received());
        assertEquals(4, calls.size());
        calls.forEach(call ->
                assertEquals(TRACE_ID, traceOf(call.headers().get("Traceparent").get(0)), call.path()));
        assertTrue(
                awaitSpans().stream()
                                .filter(span -> span.getKind() == SpanKind.CLIENT
                                        && span.getTraceId().equals(TRACE_ID))
                                .count()
                        >= 4,
                spans.getFinishedSpanItems().toString());
    }

    private List<SpanData> awaitSpans() throws InterruptedException {
        for (int i = 0; i < 100 && spans.getFinishedSpanItems().isEmpty(); i++) {
            Thread.sleep(20); // spans are exported in batches
        }
        Thread.sleep(100);
        return spans.getFinishedSpanItems();
    }
}
