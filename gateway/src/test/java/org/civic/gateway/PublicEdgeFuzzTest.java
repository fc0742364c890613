package org.civic.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civic.gateway.service.Routes;
import org.civic.testsupport.SiblingService;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests against every operation of the merged public OpenAPI document, through the gateway to the
 * real services (the {@link RealSuite}), as an admin and as an API client with {@code public:read}.
 *
 * <p>How: seed the suite with the demo data (its bodies become the valid bodies of their operations; others are
 * built from the schemas), then for each operation send a bounded, deterministic list of probes that each
 * change one thing of a valid request: a path or query parameter, one body field (wrong type, missing, huge,
 * NUL, control characters, nested 1000 deep), the body as a whole (empty, 2 MB, malformed, duplicate keys,
 * invalid UTF-8, wrong Content-Type), a blank Idempotency-Key, path tricks aimed at the services' {@code /q/*},
 * and concurrent duplicates of a create.
 *
 * <p>Every answer: no 5xx; no stack trace, Java class or SQL text; a 4xx is problem+json with {@code status}
 * and {@code type}; a path trick never shows Prometheus text, a service's OpenAPI or health; a probe that is
 * invalid by the document (wrong type, missing required field, unknown field, malformed JSON) is refused.
 *
 * <p>Nothing stored by a refused request: requests go one at a time and nothing in the suite writes on its own,
 * so after every answer the row counts of all tables of the four test databases are taken (one statement per
 * database) and compared with the counts after the previous answer; a 4xx that changed a count is a failure,
 * a 2xx (a probe that was valid after all) just moves the baseline. Concurrent probes are judged as a group.
 *
 * <p>Every status answered must be documented for its operation, and every documented status must be shown to
 * occur, by this run or by a test named in {@link StatusCoverage#PROVEN_ELSEWHERE}: besides the probes above, each
 * operation is asked without credentials (401), by a caller without its role (403), with an Accept it cannot answer
 * (406), with a stale and without an If-Match (412, 428), with If-None-Match its current ETag (304), with the code of
 * another resource and on a resource in its final state (409), and with an unknown id (404).
 *
 * <p>Failures are written to {@code target/fuzz-report/}; the assertion message counts them by category.
 */
@QuarkusTest
@TestProfile(PublicEdgeFuzzTest.Profile.class)
class PublicEdgeFuzzTest {

    public static class Profile extends RealSuite {
        @Override
        protected String database() {
            return "gatewayfuzz";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // thousands of requests in a few minutes by one staff member, hundreds without credentials: the rate limits
            // are not under test here (their 429 is shown by the tests StatusCoverage names)
            return Map.of(
                    "gateway.staff-rate-per-minute", "1000000", "gateway.unauthenticated-rate-per-minute", "1000000");
        }
    }

    private static final long SEED = 20261201L;
    /** A probe's etagFrom that sends If-None-Match with the ETag of its own target (rather than If-Match). */
    private static final String REVALIDATE = "revalidate";

    private static final int MAX_REQUESTS = 14000;
    private static final Duration MAX_TIME = Duration.ofMinutes(5);
    private static final Path REPORT = Path.of("target", "fuzz-report");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> BAD_IDS = List.of(
            "abc",
            "'%20OR%201=1",
            "%27%20OR%201%3D1--",
            "%00",
            "%20",
            "a%20b",
            "|<{%",
            "%zz",
            "%C3%28",
            "%FF%FE",
            "-1",
            "99999999999999999999",
            "2024-13-45",
            "%0D%0AX-Injected:%201",
            "%E2%80%AE",
            "x".repeat(3000));
    private static final List<String> PATH_TRICKS = List.of(
            "..%2F..%2Fq%2Fmetrics",
            "..%2F..%2F..%2Fq%2Fmetrics",
            "%2e%2e/%2e%2e/q/metrics",
            "%2e%2e%2f%2e%2e%2fq%2fopenapi",
            "../../q/metrics",
            "..;/..;/q/metrics",
            "x;a=b",
            ";jsessionid=1",
            "..%5C..%5Cq%5Cmetrics",
            "%252e%252e%252fq%252fmetrics",
            "..%2F..%2Fq%2Fhealth");
    private static final List<String> GLOBAL_TRICKS = List.of(
            "/api/v1/..%2Fq%2Fmetrics",
            "/api/v1/..%2F..%2Fq%2Fmetrics",
            "/api/v1/%2e%2e/q/metrics",
            "/api/v1/../q/metrics",
            "/api/v1//q/metrics",
            "/api/v1/projects/..%2F..%2F..%2Fq%2Fmetrics",
            "/api/v1/projects%2F..%2F..%2Fq%2Fmetrics",
            "/api/v1/projects/..%2F..%2Fq%2Fmetrics",
            "/api/v1/regions/..%2F..%2Fq%2Fopenapi",
            "/api/v1/benefit-programmes/..%2F..%2Fq%2Fmetrics",
            "/api/v1/milestones/..%2F..%2Fq%2Fhealth",
            "/api/v1/projects;x=y/..%2F..%2Fq%2Fmetrics",
            "/api/v1//projects",
            "/api/v1/projects//",
            "/api/v1/q/metrics",
            "/api/v1/regions/%2e%2e%2f%2e%2e%2fq%2fmetrics",
            "/api/v1/citizens/..%2F..%2Fq%2Fmetrics",
            "/api/v1/reports/..%2F..%2Fq%2Fopenapi");
    private static final List<String> BAD_INTEGERS = List.of(
            "-1",
            "0",
            "2147483647",
            "2147483648",
            "-2147483649",
            "99999999999999999999",
            "100000",
            "1.5",
            "abc",
            "%00",
            "1e3",
            "");
    private static final List<String> BAD_DATES = List.of(
            "2024-13-45", "12345", "abc", "2024-02-30", "%00", "0000-00-00", "99999-01-01", "2024-01-01T25:00:00", "");
    private static final List<String> BAD_STRINGS =
            List.of("%00", "%C3%28", "%zz", "'%20OR%201=1--", "|<{%", "%0A%0D%1B", "x".repeat(3000), "%E2%80%AE");

    /** Markers of an answer that shows the implementation. */
    private static final Pattern LEAK = Pattern.compile(
            "org\\.civic|\\bjava\\.|Exception|\\bat org\\.|\\bat java\\.|"
                    + "\\bjakarta\\.|\\bio\\.quarkus|\\borg\\.hibernate|\\bcom\\.fasterxml|SQLState|PSQL|syntax error at or near|"
                    + "violates (unique|foreign key|check|not-null) constraint|duplicate key value|\\bSELECT\\s.+\\sFROM\\s|"
                    + "\\bINSERT INTO\\b|\\bUPDATE\\s+\\w+\\s+SET\\b|\\bDELETE FROM\\b|\\bERROR:\\s",
            Pattern.DOTALL);
    /** Markers of a service's own /q/* answer. */
    private static final Pattern Q_ANSWER = Pattern.compile(
            "# HELP |# TYPE |\"openapi\"\\s*:|^openapi:|" + "\"checks\"\\s*:|jvm_memory|http_server_requests",
            Pattern.MULTILINE);

    /** What a probe's answer must be besides clean: anything but 5xx, or a refusal (the probe is invalid by the document). */
    enum Expect {
        ANY,
        REFUSE
    }

    record Probe(
            String op,
            String method,
            String target,
            List<String[]> headers,
            byte[] body,
            String caller,
            String kind,
            Expect expect,
            boolean trick,
            String etagFrom) {}

    record Failure(String category, Probe probe, RawHttp.Answer answer, String detail) {}

    @Inject
    Routes routes;

    @Inject
    OpenApiDocumentService gatewayDocument;

    private final Random random = new Random(SEED);
    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, Integer> statusCounts = new TreeMap<>();
    private final Map<String, Integer> kindCounts = new TreeMap<>();
    private final Map<String, JsonNode> seedBodies = new LinkedHashMap<>();
    private final Map<String, String> pool = new LinkedHashMap<>();
    private RawHttp http;
    private RowCounts rows;
    private Map<String, Long> baseline;
    private JsonNode document;
    private String adminToken;
    private String apiKey;
    /** An API client whose only scope is benefits:verify: refused (403) by nearly every operation. */
    private String verifierKey;

    private StatusCoverage coverage;
    private int sent;
    private int storing;
    private final Map<String, String> valid = new TreeMap<>();
    private int refused;
    private int unique;
    private String currentOp = "";
    private byte[] importCsv = "code,title\nFZ-9,模糊\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void hostileRequestsAgainstEveryDocumentedOperationAreRefusedCleanly() throws Exception {
        http = new RawHttp(RestAssured.port, 20_000);
        adminToken = "Bearer " + Staff.token("fuzz-admin", "admin");
        RawHttp.Answer doc = http.send(
                "GET", "/api/v1/openapi", Collections.singletonList(new String[] {"Accept", "application/json"}), null);
        assertEquals(200, doc.status(), doc.text());
        document = JSON.readTree(doc.body());
        Files.createDirectories(REPORT);
        Files.write(REPORT.resolve("openapi.json"), doc.body());
        assertTrue(document.path("paths").size() > 0, "the merged document has paths");
        assertTrue(!document.has("x-incomplete"), "the merged document is complete: " + document.path("x-incomplete"));
        coverage = new StatusCoverage(
                document, owners(), Path.of(System.getProperty("user.dir")).getParent());

        seed();
        try (RowCounts counts = new RowCounts(databases())) {
            rows = counts;
            List<Probe> probes = probes();
            baseline = rows.snapshot(); // after the GETs that building the probes took (reading a citizen is logged)
            Instant deadline = Instant.now().plus(MAX_TIME);
            Instant started = Instant.now();
            int operations = 0;
            for (Iterator<Map.Entry<String, JsonNode>> paths =
                            document.path("paths").fields();
                    paths.hasNext(); ) {
                operations += paths.next().getValue().size();
            }
            for (int i = 0;
                    i < probes.size() && sent < MAX_REQUESTS && Instant.now().isBefore(deadline);
                    i++) {
                Probe probe = probes.get(i);
                if (probe.kind().startsWith("concurrent")) {
                    List<Probe> group = new ArrayList<>();
                    String kind = probe.kind();
                    while (i < probes.size()
                            && probes.get(i).kind().equals(kind)
                            && probes.get(i).op().equals(probe.op())) {
                        group.add(probes.get(i++));
                    }
                    i--;
                    sendConcurrently(group);
                } else {
                    send(probe);
                }
            }
            long seconds = Duration.between(started, Instant.now()).toSeconds();
            String summary = summary(operations, probes.size(), seconds);
            writeReport(summary);
            System.out.println(summary);
            assertTrue(
                    failures.isEmpty()
                            && coverage.unshown().isEmpty()
                            && coverage.brokenProofs().isEmpty(),
                    summary);
        }
    }

    /** The module that answers each path of the document: the gateway its own, the service it routes to the others. */
    private Function<String, String> owners() throws IOException {
        Set<String> own = new HashSet<>();
        JSON.readTree(gatewayDocument.getDocument("<default>", Format.JSON))
                .path("paths")
                .fieldNames()
                .forEachRemaining(own::add);
        return path -> own.contains(path)
                ? StatusCoverage.GATEWAY
                : routes.route(path.substring("/api/v1/".length()).replaceAll("\\{[^}]+}", "x"))
                        .map(target -> switch (target.service()) {
                            case REGISTRY -> StatusCoverage.REGISTRY;
                            case PROGRESS -> StatusCoverage.PROGRESS;
                            case BENEFITS -> StatusCoverage.BENEFITS;
                        })
                        .orElseThrow(() -> new IllegalStateException(path + " is documented but not routed"));
    }

    // ---------------------------------------------------------------- seed data (the demo's, through the gateway)

    private void seed() throws IOException {
        Path demo = Path.of(System.getProperty("user.dir")).resolveSibling("demo");
        apiKey = post(
                        "/api/v1/admin/clients",
                        Map.of("name", "fuzz public app", "scopes", List.of("public:read"), "ratePerMinute", 100000))
                .path("key")
                .asText();
        verifierKey = post(
                        "/api/v1/admin/clients",
                        Map.of("name", "fuzz verifier", "scopes", List.of("benefits:verify"), "ratePerMinute", 100000))
                .path("key")
                .asText();
        String victim = post(
                        "/api/v1/admin/clients",
                        Map.of("name", "fuzz victim", "scopes", List.of("public:read"), "ratePerMinute", 60))
                .path("id")
                .asText();
        pool.put("clients", victim);
        for (String line : Files.readAllLines(demo.resolve("registry/regions.ndjson"))) {
            if (!line.isBlank()) {
                post("/api/v1/regions", JSON.readTree(line));
            }
        }
        for (String line : Files.readAllLines(demo.resolve("registry/departments.ndjson"))) {
            if (!line.isBlank()) {
                JsonNode created = post("/api/v1/departments", JSON.readTree(line));
                pool.putIfAbsent("departments", created.path("id").asText());
            }
        }
        String programme = null;
        ObjectNode programmeBody = null;
        for (String line : Files.readAllLines(demo.resolve("registry/programmes.ndjson"))) {
            JsonNode body = JSON.readTree(line);
            if (body.path("regionCode").asText().equals("410700")) {
                programme = post("/api/v1/programmes", body).path("id").asText();
                programmeBody = (ObjectNode) body;
            }
        }
        pool.put("programmes", programme);
        // programmes in the other states: a draft one whose projects may be deleted, a closed one that refuses writes
        String draft = post(
                        "/api/v1/programmes",
                        programmeBody.deepCopy().put("year", 2031).put("state", "DRAFT"))
                .path("id")
                .asText();
        pool.put(
                "closedProgramme",
                post(
                                "/api/v1/programmes",
                                programmeBody.deepCopy().put("year", 2019).put("state", "CLOSED"))
                        .path("id")
                        .asText());
        byte[] csv = Files.readAllBytes(demo.resolve("registry/programmes/410700-2024.csv"));
        expect(200, request("POST", "/api/v1/programmes/" + programme + "/import", "text/csv; charset=UTF-8", csv));
        JsonNode projects =
                json(expect(200, request("GET", "/api/v1/programmes/" + programme + "/projects", null, null)));
        JsonNode items = projects.isArray() ? projects : projects.path("items");
        Map<String, String> byCode = new LinkedHashMap<>();
        items.forEach(project ->
                byCode.put(project.path("code").asText(), project.path("id").asText()));
        pool.put("projects", items.get(0).path("id").asText());
        seedBodies.put("POST /api/v1/projects", projectBody(items.get(0)));
        ObjectNode doomed = (ObjectNode) projectBody(items.get(0));
        doomed.put("code", "FZ-DOOMED");
        pool.put("victimProject", post("/api/v1/projects", doomed).path("id").asText());
        pool.put(
                "doomedProject",
                post("/api/v1/projects", doomed.deepCopy().put("programmeId", draft))
                        .path("id")
                        .asText());
        // a cancelled project with a milestone, for the writes that must refuse it
        String cancelled = post("/api/v1/projects", doomed.deepCopy().put("code", "FZ-CANCELLED"))
                .path("id")
                .asText();
        pool.put("cancelledProject", cancelled);
        pool.put(
                "cancelledMilestone",
                post(
                                "/api/v1/projects/" + cancelled + "/milestones",
                                Map.of("code", "APPROVED", "actualDate", "2024-01-15"))
                        .path("id")
                        .asText());
        expect(
                200,
                request(
                        "POST",
                        "/api/v1/projects/" + cancelled + "/cancel",
                        "application/json",
                        bytes(NODES.objectNode().put("reason", "模糊测试:项目取消"))));
        seedBodies.put("POST /api/v1/projects", projectBody(items.get(0)));
        String report = null;
        int n = 0;
        for (String line : Files.readAllLines(demo.resolve("progress/410700-2024.ndjson"))) {
            if (line.isBlank() || n++ > 12) {
                continue;
            }
            JsonNode step = JSON.readTree(line);
            String project = byCode.get(step.path("project").asText());
            if (step.path("kind").asText().equals("milestone")) {
                pool.putIfAbsent(
                        "milestones",
                        post("/api/v1/projects/" + project + "/milestones", step.path("body"))
                                .path("id")
                                .asText());
            } else {
                report = post("/api/v1/projects/" + project + "/reports", step.path("body"))
                        .path("id")
                        .asText();
                expect(200, request("POST", "/api/v1/reports/" + report + "/submit", null, null));
                expect(200, request("POST", "/api/v1/reports/" + report + "/approve", null, null));
            }
        }
        if (report != null) {
            pool.put("approvedReport", report);
        }
        // a draft report, so that submit/approve/PATCH probes meet a report they could act on
        JsonNode reportBody = seedBodies.get(template("post", "/api/v1/projects/" + pool.get("projects") + "/reports"));
        if (reportBody != null) {
            pool.put(
                    "reports",
                    post("/api/v1/projects/" + pool.get("projects") + "/reports", reportBody)
                            .path("id")
                            .asText());
            String submitted = post("/api/v1/projects/" + pool.get("projects") + "/reports", reportBody)
                    .path("id")
                    .asText();
            expect(200, request("POST", "/api/v1/reports/" + submitted + "/submit", null, null));
            pool.put("submittedReport", submitted);
            String returnable = post("/api/v1/projects/" + pool.get("projects") + "/reports", reportBody)
                    .path("id")
                    .asText();
            expect(200, request("POST", "/api/v1/reports/" + returnable + "/submit", null, null));
            pool.put("returnableReport", returnable);
        }
        String code = "QZ-BLOOD-DONOR-2025";
        post(
                "/api/v1/benefit-programmes",
                JSON.readTree(
                        demo.resolve("benefits/programmes/" + code + ".json").toFile()));
        pool.put("benefit-programmes", code);
        for (String line : Files.readAllLines(demo.resolve("benefits/programmes/" + code + ".rules.ndjson"))) {
            if (!line.isBlank()) {
                JsonNode rule = post("/api/v1/benefit-programmes/" + code + "/rules", JSON.readTree(line));
                pool.putIfAbsent(
                        "rules",
                        rule.path("version").asText(rule.path("effectiveFrom").asText()));
            }
        }
        JsonNode programmeView = json(expect(200, request("GET", "/api/v1/benefit-programmes/" + code, null, null)));
        JsonNode benefits = programmeView.path("benefits");
        if (benefits.isArray() && benefits.size() > 0) {
            pool.put(
                    "benefits",
                    benefits.get(0)
                            .path("id")
                            .asText(benefits.get(0).path("code").asText()));
        }
        int citizens = 0;
        for (String line : Files.readAllLines(demo.resolve("benefits/citizens.ndjson"))) {
            if (!line.isBlank() && citizens++ < 3) {
                pool.putIfAbsent(
                        "citizens",
                        post("/api/v1/citizens", JSON.readTree(line)).path("id").asText());
            }
        }
        RawHttp.Answer pass = request(
                "POST",
                "/api/v1/citizens/" + pool.get("citizens") + "/passes",
                "application/json",
                "{}".getBytes(StandardCharsets.UTF_8));
        if (pass.status() / 100 == 2) {
            JsonNode passView = json(pass);
            pool.put(
                    "passes", passView.path("id").asText(passView.path("passId").asText()));
            pool.put(
                    "passToken",
                    passView.path("token").asText(passView.path("pass").asText()));
        }
        JsonNode project = json(expect(200, request("GET", "/api/v1/projects/" + pool.get("projects"), null, null)));
        if (project.path("indicators").size() > 0) {
            pool.put("indicators", project.path("indicators").get(0).path("key").asText());
        }
        pool.put("regions", "350500");
        List<String> citizenLines = Files.readAllLines(demo.resolve("benefits/citizens.ndjson"));
        String firstCitizen = citizenLines.get(0);
        override("POST", "/api/v1/citizens", JSON.readTree(citizenLines.get(3))); // not registered yet
        String citizen = "/api/v1/citizens/" + pool.get("citizens");
        override(
                "POST",
                "/api/v1/citizens/lookup",
                Map.of(
                        "nationalIdNumber",
                        JSON.readTree(firstCitizen).path("nationalIdNumber").asText()));
        override(
                "POST",
                citizen + "/facts",
                Map.of("type", "honour", "value", "BLOOD_DONATION_GOLD", "source", "模糊测试", "validFrom", "2024-01-01"));
        String category = benefits.size() > 0
                ? benefits.get(0).path("siteCategories").path(0).asText("PUBLIC_HOSPITAL_L2_PLUS")
                : "PUBLIC_HOSPITAL_L2_PLUS";
        override(
                "POST",
                citizen + "/redemptions",
                Map.of(
                        "benefitCode",
                        pool.getOrDefault("benefits", "X"),
                        "siteId",
                        "fuzz-site-1",
                        "siteCategory",
                        category));
        override(
                "POST",
                "/api/v1/eligibility",
                Map.of("asOf", "2025-06-30", "facts", List.of(Map.of("type", "residenceRegion", "value", "350503"))));
        List<String> csvLines = Files.readAllLines(demo.resolve("registry/programmes/410700-2024.csv"));
        importCsv = (csvLines.get(0) + "\n" + csvLines.get(1).replaceFirst("^[^,]+", "FZ2024-99") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        System.out.println("fuzz seed: " + pool);
    }

    private static JsonNode projectBody(JsonNode listed) {
        ObjectNode body = NODES.objectNode();
        body.put("programmeId", listed.path("programmeId").asText());
        body.put("code", "FZ-01");
        body.put("title", "模糊测试项目");
        body.put("domainCode", "URBAN_LIVING");
        body.put(
                "leadDepartmentId",
                listed.path("leadDepartmentId")
                        .asText(listed.path("leadDepartment").path("id").asText()));
        body.put("plannedStart", "2024-01-01");
        body.put("plannedEnd", "2024-12-31");
        ObjectNode indicator = body.putArray("indicators").addObject();
        indicator
                .put("key", "spaces")
                .put("name", "停车泊位")
                .put("unit", "个")
                .put("target", 3000)
                .put("direction", "INCREASE")
                .put("cumulative", true);
        return body;
    }

    private void override(String method, String path, Object body) {
        String template = template(method, path);
        if (template != null) {
            seedBodies.put(template, JSON.valueToTree(body));
        }
    }

    private JsonNode post(String path, Object body) {
        JsonNode tree = JSON.valueToTree(body);
        RawHttp.Answer answer = request("POST", path, "application/json", bytes(tree));
        if (answer.status() / 100 != 2 && answer.status() != 409) {
            throw new IllegalStateException(
                    "seeding POST " + path + " answered " + answer.status() + ": " + answer.text() + "\nbody: " + tree);
        }
        String template = template("post", path);
        if (template != null) {
            seedBodies.putIfAbsent(template, tree);
        }
        return json(answer);
    }

    private RawHttp.Answer request(String method, String path, String contentType, byte[] body) {
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"Authorization", adminToken});
        headers.add(new String[] {"X-Purpose", "fuzz test"});
        headers.add(new String[] {"Accept", "application/json"});
        if (contentType != null) {
            headers.add(new String[] {"Content-Type", contentType});
        }
        return http.send(method, path, headers, body);
    }

    private static RawHttp.Answer expect(int status, RawHttp.Answer answer) {
        if (answer.status() != status) {
            throw new IllegalStateException(
                    "seeding expected " + status + ", got " + answer.status() + ": " + answer.text());
        }
        return answer;
    }

    private static JsonNode json(RawHttp.Answer answer) {
        try {
            return answer.body().length == 0 ? NODES.objectNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            return NODES.objectNode();
        }
    }

    /** The document's template for a concrete path ("POST /api/v1/projects/{id}/reports"), or null. */
    private String template(String method, String path) {
        for (Iterator<String> names = document.path("paths").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (document.path("paths").path(name).has(method.toLowerCase())
                    && path.matches(name.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))) {
                return method.toUpperCase() + " " + name;
            }
        }
        return null;
    }

    private Map<String, String[]> databases() {
        Config config = ConfigProvider.getConfig();
        Map<String, String[]> databases = new LinkedHashMap<>();
        databases.put("gateway", new String[] {
            config.getValue("quarkus.datasource.jdbc.url", String.class),
            config.getValue("quarkus.datasource.username", String.class),
            config.getOptionalValue("quarkus.datasource.password", String.class).orElse("")
        });
        for (Sibling sibling : Sibling.values()) {
            String module = sibling.module;
            databases.put(module.replace("-service", ""), new String[] {
                config.getValue(SiblingService.databaseProperty(module, "jdbc-url"), String.class),
                config.getValue(SiblingService.databaseProperty(module, "username"), String.class),
                config.getOptionalValue(SiblingService.databaseProperty(module, "password"), String.class)
                        .orElse("")
            });
        }
        return databases;
    }

    // ---------------------------------------------------------------- probes

    private List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        for (String trick : GLOBAL_TRICKS) {
            for (String method : List.of("GET", "POST")) {
                List<String[]> accept = Collections.singletonList(new String[] {"Accept", "*/*"});
                probes.add(probe(
                        "trick", method, trick, accept, null, "admin", "global path trick", Expect.ANY, true, null));
                probes.add(probe(
                        "trick", method, trick, accept, null, "apikey", "global path trick", Expect.ANY, true, null));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations =
                            path.getValue().fields();
                    operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    probes.addAll(probesOf(method, path.getKey(), path.getValue(), operation.getValue()));
                }
            }
        }
        return probes;
    }

    private List<Probe> probesOf(String method, String template, JsonNode pathItem, JsonNode operation) {
        String op = method + " " + template;
        currentOp = op;
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(p -> parameters.add(resolve(p)));
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, JsonNode> queryParams = new LinkedHashMap<>();
        Map<String, String> queryValues = new LinkedHashMap<>();
        boolean idempotency = false;
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if (in.equals("path")) {
                pathValues.put(name, validPathValue(template, name));
            } else if (in.equals("query")) {
                queryParams.put(name, schemaOf(parameter));
                if (parameter.path("required").asBoolean()) {
                    queryValues.put(name, validQueryValue(name, schemaOf(parameter)));
                } else if (knownValue(name) != null) {
                    queryValues.put(name, knownValue(name));
                }
            } else if (in.equals("header") && name.equalsIgnoreCase("Idempotency-Key")) {
                idempotency = true;
            }
        }
        for (String name : pathParamsOf(template)) {
            pathValues.putIfAbsent(name, validPathValue(template, name));
        }
        boolean ifMatch = parameters.stream()
                .anyMatch(p -> p.path("in").asText().equals("header")
                        && p.path("name").asText().equalsIgnoreCase("If-Match"));
        boolean ifMatchRequired = parameters.stream()
                .anyMatch(p -> p.path("in").asText().equals("header")
                        && p.path("name").asText().equalsIgnoreCase("If-Match")
                        && p.path("required").asBoolean());
        String etagFrom = Set.of("PUT", "PATCH", "DELETE").contains(method) && pathItem.has("get")
                ? "same"
                : ifMatch ? "parent" : null;

        JsonNode requestBody = resolve(operation.path("requestBody"));
        String contentType = null;
        JsonNode bodySchema = null;
        for (Iterator<String> types = requestBody.path("content").fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (contentType == null || type.contains("json")) {
                contentType = type;
                bodySchema = resolve(requestBody.path("content").path(type).path("schema"));
            }
        }
        boolean bodyRequired = requestBody.path("required").asBoolean(false);
        byte[] validBody = null;
        JsonNode validJson = null;
        if (contentType != null && contentType.contains("json")) {
            validJson = seedBodies.containsKey(op) ? seedBodies.get(op).deepCopy() : null;
            if (validJson == null && (method.equals("PUT") || method.equals("PATCH")) && pathItem.has("get")) {
                validJson = current(b0target(template, pathValues), bodySchema);
            }
            if (validJson == null) {
                validJson = example(bodySchema, "", 0);
            }
            validBody = bytes(validJson);
        } else if (contentType != null && contentType.contains("csv")) {
            validBody = importCsv;
        } else if (contentType != null) {
            validBody = "x".getBytes(StandardCharsets.UTF_8);
        }
        boolean hasBody = contentType != null;
        Builder b = new Builder(
                op, method, template, pathValues, queryValues, contentType, validBody, idempotency, etagFrom);
        List<Probe> probes = b.probes;

        // what the document promises beyond the refusals below (StatusCoverage); before the valid request, which may
        // delete the resource they need
        String validTarget = b.target(pathValues, queryValues);
        b.one("status: no credentials", "anonymous", validTarget, b.headers(contentType), validBody, etagFrom);
        b.one(
                "status: a caller without the role",
                "verifier",
                validTarget,
                b.headers(contentType),
                validBody,
                etagFrom);
        List<String[]> unacceptable = b.headers(contentType);
        unacceptable.set(0, new String[] {"Accept", "application/x-civic-nothing"});
        b.one("status: Accept nothing it answers", "admin", validTarget, unacceptable, validBody, etagFrom);
        if (ifMatch) {
            List<String[]> stale = b.headers(contentType);
            stale.add(new String[] {"If-Match", "\"999999\""});
            b.one("status: stale If-Match", "admin", validTarget, stale, validBody, null);
        }
        if (ifMatchRequired) {
            b.one("status: no If-Match", "admin", validTarget, b.headers(contentType), validBody, null);
        }
        if (operation.path("responses").has("304")) {
            b.one(
                    "status: If-None-Match the current ETag",
                    "admin",
                    validTarget,
                    b.headers(contentType),
                    null,
                    REVALIDATE);
        }
        if (Set.of("PUT", "PATCH").contains(method)
                && validJson != null
                && validJson.path("code").isTextual()
                && !pathValues.containsKey("code")) {
            String taken = codeOfAnother(template, (ObjectNode) validJson);
            if (taken != null) {
                b.one(
                        "status: the code of another",
                        "admin",
                        validTarget,
                        b.headers(contentType),
                        bytes(((ObjectNode) validJson.deepCopy()).put("code", taken)),
                        etagFrom);
            }
        }
        for (JsonNode parameter : parameters) {
            if (parameter.path("in").asText().equals("path")
                    && schemaOf(parameter).path("format").asText().equals("uuid")) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(parameter.path("name").asText(), new UUID(random.nextLong(), random.nextLong()).toString());
                for (String caller : method.equals("GET") ? List.of("admin", "apikey") : List.of("admin")) {
                    // progress answers staff about an unknown project with nothing, API clients with 404
                    b.one(
                            "status: an unknown " + parameter.path("name").asText(),
                            caller,
                            b.target(values, queryValues),
                            b.headers(contentType),
                            validBody,
                            etagFrom);
                }
            }
        }
        if (!method.equals("GET")) {
            for (String name : pathValues.keySet()) {
                String finished = finishedCounterpart(template, name);
                if (finished != null) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(name, finished);
                    b.one(
                            "status: on a resource in its final state",
                            "admin",
                            b.target(values, queryValues),
                            b.headers(contentType),
                            validBody,
                            etagFrom);
                }
            }
        }

        // the valid request itself (as both callers): a baseline; what it answers is only checked for cleanliness
        b.add("valid", b.target(pathValues, queryValues), b.headers(contentType), validBody, Expect.ANY, false);

        // path parameters
        for (String name : pathValues.keySet()) {
            for (String bad : BAD_IDS) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(name, bad);
                b.add(
                        "path " + name + "=" + abbreviate(bad),
                        b.target(values, queryValues),
                        b.headers(contentType),
                        validBody,
                        Expect.ANY,
                        false);
            }
            for (String trick : PATH_TRICKS) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(name, trick);
                b.add(
                        "path trick " + name + "=" + trick,
                        b.target(values, queryValues),
                        b.headers(contentType),
                        validBody,
                        Expect.ANY,
                        true);
                values.put(name, pathValues.get(name) + "/" + trick);
                b.add(
                        "path trick " + name + "=…/" + trick,
                        b.target(values, queryValues),
                        b.headers(contentType),
                        validBody,
                        Expect.ANY,
                        true);
            }
            Map<String, String> values = new LinkedHashMap<>(pathValues);
            values.put(name, pathValues.get(name) + ";a=b");
            b.add(
                    "path matrix " + name,
                    b.target(values, queryValues),
                    b.headers(contentType),
                    validBody,
                    Expect.ANY,
                    true);
        }
        if (!template.endsWith("}")) {
            b.add(
                    "path trailing //",
                    b.target(pathValues, queryValues).replaceFirst("(\\?|$)", "//$1"),
                    b.headers(contentType),
                    validBody,
                    Expect.ANY,
                    true);
        }
        b.add(
                "path double slash",
                b.target(pathValues, queryValues).replaceFirst("/api/v1/", "/api/v1//"),
                b.headers(contentType),
                validBody,
                Expect.ANY,
                true);

        // query parameters
        for (Map.Entry<String, JsonNode> query : queryParams.entrySet()) {
            String name = query.getKey();
            for (String bad : badQueryValues(name, query.getValue())) {
                Map<String, String> values = new LinkedHashMap<>(queryValues);
                values.put(name, bad);
                b.add(
                        "query " + name + "=" + abbreviate(bad),
                        b.target(pathValues, values),
                        b.headers(contentType),
                        validBody,
                        Expect.ANY,
                        false);
            }
            String target = b.target(pathValues, queryValues);
            b.add(
                    "query " + name + " twice",
                    target + (target.contains("?") ? "&" : "?") + name + "=1&" + name + "=abc",
                    b.headers(contentType),
                    validBody,
                    Expect.ANY,
                    false);
        }
        if (queryParams.isEmpty() && method.equals("GET")) {
            for (String paging :
                    List.of("page=-1", "page=2147483647", "page=99999999999999999999", "size=0", "size=100000")) {
                String target = b.target(pathValues, queryValues);
                b.add(
                        "query " + paging,
                        target + (target.contains("?") ? "&" : "?") + paging,
                        b.headers(contentType),
                        validBody,
                        Expect.ANY,
                        false);
            }
        }
        String target = b.target(pathValues, queryValues);
        b.add(
                "query %zz",
                target + (target.contains("?") ? "&" : "?") + "%zz=%zz",
                b.headers(contentType),
                validBody,
                Expect.ANY,
                false);

        // bodies
        if (hasBody || Set.of("POST", "PUT", "PATCH").contains(method)) {
            String type = contentType == null ? "application/json" : contentType;
            Expect ifRequired = bodyRequired ? Expect.REFUSE : Expect.ANY;
            b.add("body empty", target, b.headers(type), new byte[0], ifRequired, false);
            b.add("body absent, no Content-Type", target, b.headers(null), null, ifRequired, false);
            b.add(
                    "body 2 MB junk",
                    target,
                    b.headers(type),
                    junk(2 * 1024 * 1024),
                    hasBody ? Expect.REFUSE : Expect.ANY,
                    false);
            b.add(
                    "body malformed",
                    target,
                    b.headers(type),
                    utf8("{\"a\":"),
                    hasBody ? Expect.REFUSE : Expect.ANY,
                    false);
            b.add(
                    "body NUL bytes",
                    target,
                    b.headers(type),
                    new byte[] {0, 0, 0, '{', 0, '}'},
                    hasBody ? Expect.REFUSE : Expect.ANY,
                    false);
            b.add(
                    "body nested 1000",
                    target,
                    b.headers(type),
                    utf8("[".repeat(1000) + "]".repeat(1000)),
                    hasBody ? Expect.REFUSE : Expect.ANY,
                    false);
            b.add(
                    "body nested 10000",
                    target,
                    b.headers(type),
                    utf8("{\"a\":".repeat(10000) + "1" + "}".repeat(10000)),
                    hasBody ? Expect.REFUSE : Expect.ANY,
                    false);
            if (validBody != null) {
                b.add("body as text/plain", target, b.headers("text/plain"), validBody, Expect.ANY, false);
                b.add("body as application/xml", target, b.headers("application/xml"), validBody, Expect.ANY, false);
                b.add(
                        "body with bad charset",
                        target,
                        b.headers(type + "; charset=klingon"),
                        validBody,
                        Expect.ANY,
                        false);
                b.add(
                        "body invalid UTF-8",
                        target,
                        b.headers(type),
                        concat(validBody, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}),
                        Expect.ANY,
                        false);
            }
        }
        if (validJson != null) {
            String type = contentType;
            List<String[]> headers = b.headers(type);
            Expect typed = validJson.isObject() ? Expect.REFUSE : Expect.ANY;
            b.add("body JSON array", target, headers, utf8("[]"), typed, false);
            b.add("body JSON string", target, headers, utf8("\"x\""), typed, false);
            b.add("body JSON number", target, headers, utf8("12345"), typed, false);
            b.add("body JSON null", target, headers, utf8("null"), bodyRequired ? Expect.REFUSE : Expect.ANY, false);
            if (idempotency) {
                b.add("blank Idempotency-Key", target, b.headersWithKey(type, ""), validBody, Expect.ANY, false);
                b.add("spaces Idempotency-Key", target, b.headersWithKey(type, "   "), validBody, Expect.ANY, false);
                b.add(
                        "huge Idempotency-Key",
                        target,
                        b.headersWithKey(type, "k".repeat(5000)),
                        validBody,
                        Expect.ANY,
                        false);
                if (validJson.isObject()) {
                    String reused = "fuzz-reused-" + (unique++);
                    byte[] first = bytes(fresh((ObjectNode) validJson, bodySchema));
                    b.add("Idempotency-Key replayed", target, b.headersWithKey(type, reused), first, Expect.ANY, false);
                    b.add("Idempotency-Key replayed", target, b.headersWithKey(type, reused), first, Expect.ANY, false);
                    b.add(
                            "Idempotency-Key reused for another body",
                            target,
                            b.headersWithKey(type, reused),
                            bytes(fresh((ObjectNode) validJson, bodySchema)),
                            Expect.ANY,
                            false);
                }
            }
            if (validJson.isObject() && bodySchema != null) {
                bodyFieldProbes(b, target, type, (ObjectNode) validJson, bodySchema);
            }
            if (method.equals("POST")) {
                String key = "fuzz-concurrent-" + (unique++);
                byte[] once = validJson.isObject() ? bytes(fresh((ObjectNode) validJson, bodySchema)) : validBody;
                for (int i = 0; idempotency && i < 8; i++) {
                    probes.add(probe(
                            op,
                            method,
                            target,
                            b.headersWithKey(type, key),
                            once,
                            "admin",
                            "concurrent same Idempotency-Key",
                            Expect.ANY,
                            false,
                            null));
                }
                byte[] twice = validJson.isObject() ? bytes(fresh((ObjectNode) validJson, bodySchema)) : validBody;
                for (int i = 0; i < 8; i++) {
                    probes.add(probe(
                            op,
                            method,
                            target,
                            b.headers(type),
                            twice,
                            "admin",
                            "concurrent duplicates",
                            Expect.ANY,
                            false,
                            null));
                }
            }
        }
        return probes;
    }

    private void bodyFieldProbes(Builder b, String target, String type, ObjectNode valid, JsonNode schema) {
        JsonNode properties = schema.path("properties");
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<String[]> headers = b.headers(type);
        // duplicate keys: the first member again with another value, before the valid one
        Iterator<String> names = valid.fieldNames();
        if (names.hasNext()) {
            String first = names.next();
            String rest = new String(bytes(valid), StandardCharsets.UTF_8).substring(1);
            b.add(
                    "body duplicate key " + first,
                    target,
                    headers,
                    utf8("{\"" + first + "\":" + wrongFor(properties.path(first)) + "," + rest),
                    Expect.ANY,
                    false);
            b.add(
                    "body duplicate key " + first + " same value",
                    target,
                    headers,
                    utf8("{\"" + first + "\":" + valid.get(first) + "," + rest),
                    Expect.ANY,
                    false);
        }
        boolean closed = schema.path("additionalProperties").isMissingNode()
                || schema.path("additionalProperties").isBoolean()
                        && !schema.path("additionalProperties").asBoolean();
        ObjectNode extra = fresh(valid, schema);
        extra.put("zzUnknownField", 1);
        b.add(
                "body unknown field",
                target,
                headers,
                bytes(extra),
                closed && properties.size() > 0 ? Expect.REFUSE : Expect.ANY,
                false);
        ObjectNode control = fresh(valid, schema);
        for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode fieldSchema = resolve(field.getValue());
            Set<String> types = types(fieldSchema);
            if (fieldSchema.path("readOnly").asBoolean()) {
                continue;
            }
            if (required.contains(name)) {
                ObjectNode missing = fresh(valid, schema);
                missing.remove(name);
                b.add("field " + name + " missing", target, headers, bytes(missing), Expect.REFUSE, false);
                ObjectNode nulled = fresh(valid, schema);
                nulled.putNull(name);
                b.add(
                        "field " + name + " null",
                        target,
                        headers,
                        bytes(nulled),
                        types.contains("null") ? Expect.ANY : Expect.REFUSE,
                        false);
            }
            boolean onlyString = types.equals(Set.of("string"));
            boolean dateLike = onlyString && fieldSchema.path("format").asText().startsWith("date");
            for (Map.Entry<String, Map.Entry<JsonNode, Boolean>> wrong :
                    wrongValues(fieldSchema, types).entrySet()) {
                ObjectNode mutated = fresh(valid, schema);
                mutated.set(name, wrong.getValue().getKey());
                b.add(
                        "field " + name + " " + wrong.getKey(),
                        target,
                        headers,
                        bytes(mutated),
                        wrong.getValue().getValue() ? Expect.REFUSE : Expect.ANY,
                        false);
            }
            if (onlyString && !dateLike && !fieldSchema.has("enum")) {
                for (Map.Entry<String, String> hostile : Map.of(
                                "NUL",
                                "a\u0000b",
                                "control chars",
                                "\u0001\u0007\u001b[31m\u007f",
                                "100 KB",
                                "字".repeat(34 * 1024),
                                "SQL",
                                "x' OR 1=1; DROP TABLE project; --",
                                "bidi/emoji",
                                "\u202e\ud83d\ude00\ufeff")
                        .entrySet()) {
                    ObjectNode mutated = fresh(valid, schema);
                    mutated.put(name, hostile.getValue());
                    int max = fieldSchema.path("maxLength").asInt(Integer.MAX_VALUE);
                    b.add(
                            "field " + name + " " + hostile.getKey(),
                            target,
                            headers,
                            bytes(mutated),
                            hostile.getKey().equals("100 KB") && max < 30000 ? Expect.REFUSE : Expect.ANY,
                            false);
                }
                control.put(name, "\uE000");
            }
            ObjectNode nested = fresh(valid, schema);
            nested.put(name, "\uE001");
            String deep = "[".repeat(1000) + "]".repeat(1000);
            b.add(
                    "field " + name + " nested 1000",
                    target,
                    headers,
                    utf8(new String(bytes(nested), StandardCharsets.UTF_8).replace("\"\uE001\"", deep)),
                    types.contains("array") || types.isEmpty() ? Expect.ANY : Expect.REFUSE,
                    false);
        }
        String withMarks = new String(bytes(control), StandardCharsets.UTF_8);
        if (withMarks.contains("\uE000")) {
            b.add(
                    "body raw control bytes in strings",
                    target,
                    headers,
                    utf8(withMarks.replace("\uE000", "\u0001\n\t")),
                    Expect.REFUSE,
                    false);
            byte[] invalid = withMarks.replace("\uE000", "\uE000").getBytes(StandardCharsets.UTF_8);
            b.add(
                    "body invalid UTF-8 in strings",
                    target,
                    headers,
                    replaceBytes(invalid, "\uE000".getBytes(StandardCharsets.UTF_8), new byte[] {
                        (byte) 0xC3, 0x28, (byte) 0xFF
                    }),
                    Expect.ANY,
                    false);
        }
        // one level down: the first item of arrays of objects and nested objects
        for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode fieldSchema = resolve(field.getValue());
            JsonNode value = valid.get(field.getKey());
            JsonNode inner = types(fieldSchema).contains("array") ? resolve(fieldSchema.path("items")) : fieldSchema;
            ObjectNode innerValue = value != null
                            && value.isArray()
                            && value.size() > 0
                            && value.get(0).isObject()
                    ? (ObjectNode) value.get(0)
                    : value != null && value.isObject() ? (ObjectNode) value : null;
            if (innerValue == null || inner.path("properties").size() == 0) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> innerFields =
                            inner.path("properties").fields();
                    innerFields.hasNext(); ) {
                Map.Entry<String, JsonNode> innerField = innerFields.next();
                JsonNode innerSchema = resolve(innerField.getValue());
                for (Map.Entry<String, Map.Entry<JsonNode, Boolean>> wrong :
                        wrongValues(innerSchema, types(innerSchema)).entrySet()) {
                    ObjectNode mutated = fresh(valid, schema);
                    JsonNode container = mutated.get(field.getKey());
                    ObjectNode target2 = (ObjectNode) (container.isArray() ? container.get(0) : container);
                    target2.set(innerField.getKey(), wrong.getValue().getKey());
                    b.add(
                            "field " + field.getKey() + "." + innerField.getKey() + " " + wrong.getKey(),
                            target,
                            headers,
                            bytes(mutated),
                            wrong.getValue().getValue() ? Expect.REFUSE : Expect.ANY,
                            false);
                }
                if (innerSchema.path("type").asText().equals("string") && !innerSchema.has("enum")) {
                    ObjectNode mutated = fresh(valid, schema);
                    JsonNode container = mutated.get(field.getKey());
                    ((ObjectNode) (container.isArray() ? container.get(0) : container))
                            .put(innerField.getKey(), "a\u0000b");
                    b.add(
                            "field " + field.getKey() + "." + innerField.getKey() + " NUL",
                            target,
                            headers,
                            bytes(mutated),
                            Expect.ANY,
                            false);
                }
            }
            ObjectNode extra2 = fresh(valid, schema);
            JsonNode container = extra2.get(field.getKey());
            ((ObjectNode) (container.isArray() ? container.get(0) : container)).put("zzUnknownField", 1);
            boolean innerClosed = inner.path("additionalProperties").isMissingNode();
            b.add(
                    "field " + field.getKey() + " unknown member",
                    target,
                    headers,
                    bytes(extra2),
                    innerClosed ? Expect.REFUSE : Expect.ANY,
                    false);
        }
    }

    /**
     * A copy of a valid body whose unique parts are new (a {@code code} that still matches its pattern, a rule's
     * {@code effectiveFrom}), so that a probe changing another field is judged on that field and not refused as a
     * duplicate of the seed data.
     */
    private ObjectNode fresh(ObjectNode valid, JsonNode schema) {
        ObjectNode copy = valid.deepCopy();
        int n = unique++;
        JsonNode code = copy.get("code");
        if (code != null && code.isTextual() && !(currentOp.startsWith("PUT") || currentOp.startsWith("PATCH"))) {
            JsonNode codeSchema = resolve(schema.path("properties").path("code"));
            String pattern = codeSchema.path("pattern").asText(null);
            int max = codeSchema.path("maxLength").asInt(40);
            String seed = code.asText();
            String digits = Integer.toString(100 + n % 900);
            for (String candidate : List.of(
                    seed + "-" + n,
                    seed + n,
                    seed.substring(0, Math.max(0, seed.length() - digits.length())) + digits,
                    "FZ" + n,
                    "FZ-" + n)) {
                if (candidate.length() <= max
                        && (pattern == null
                                || Pattern.compile(pattern).matcher(candidate).find())) {
                    copy.put("code", candidate);
                    break;
                }
            }
        }
        JsonNode nationalId = copy.get("nationalIdNumber");
        if (nationalId != null && nationalId.isTextual() && currentOp.equals("POST /api/v1/citizens")) {
            copy.put("nationalIdNumber", nationalIdNumber(nationalId.asText(), n));
        }
        JsonNode from = copy.get("effectiveFrom");
        if (from != null && from.isTextual() && currentOp.endsWith("/rules")) {
            try {
                copy.put(
                        "effectiveFrom",
                        LocalDate.parse(from.asText()).plusDays(1 + n).toString());
            } catch (DateTimeException e) {
                // leave it
            }
        }
        return copy;
    }

    /** Another valid resident ID number (GB 11643-1999) like {@code like}: the n-th sequence, its check character. */
    private static String nationalIdNumber(String like, int n) {
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
        String body = like.substring(0, 6)
                + LocalDate.parse(like.substring(6, 14), day).plusDays(n / 1000).format(day)
                + String.format("%03d", n % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** Values of the wrong kind for a field: name → (value, must it be refused). */
    private Map<String, Map.Entry<JsonNode, Boolean>> wrongValues(JsonNode schema, Set<String> types) {
        Map<String, Map.Entry<JsonNode, Boolean>> wrong = new LinkedHashMap<>();
        boolean nullable = types.contains("null");
        Set<String> kinds = new LinkedHashSet<>(types);
        kinds.remove("null");
        if (kinds.isEmpty()) {
            return wrong;
        }
        String format = schema.path("format").asText();
        boolean onlyString = kinds.equals(Set.of("string"));
        if (onlyString) {
            // a decimal string (money) is documented as also read from a JSON number
            wrong.put("number", Map.entry(NODES.numberNode(12345), !format.equals("decimal")));
            wrong.put("boolean", Map.entry(NODES.booleanNode(true), true));
            wrong.put("object", Map.entry(NODES.objectNode().put("a", 1), true));
            wrong.put("array", Map.entry(NODES.arrayNode().add("a"), true));
            if (format.equals("date") || format.equals("date-time")) {
                wrong.put("date 2024-13-45", Map.entry(NODES.textNode("2024-13-45"), true));
                wrong.put("date \"12345\"", Map.entry(NODES.textNode("12345"), true));
                wrong.put("date 2024-02-30", Map.entry(NODES.textNode("2024-02-30"), true));
            } else if (format.equals("uuid")) {
                wrong.put("uuid abc", Map.entry(NODES.textNode("abc"), true));
                wrong.put("uuid ' OR 1=1", Map.entry(NODES.textNode("' OR 1=1"), true));
            }
            if (schema.has("enum")) {
                wrong.put("enum NOPE", Map.entry(NODES.textNode("NOPE_NOT_A_VALUE"), true));
            }
            wrong.put("empty string", Map.entry(NODES.textNode(""), false));
        } else if (kinds.equals(Set.of("integer"))
                || kinds.equals(Set.of("number"))
                || kinds.equals(Set.of("integer", "number"))) {
            wrong.put("string abc", Map.entry(NODES.textNode("abc"), true));
            wrong.put("object", Map.entry(NODES.objectNode(), true));
            wrong.put(
                    "boolean",
                    Map.entry(NODES.booleanNode(true), kinds.contains("integer") && !kinds.contains("number")));
            wrong.put(
                    "huge 1e400",
                    Map.entry(NODES.numberNode(new BigDecimal("1e400")), kinds.equals(Set.of("integer"))));
            wrong.put("-2147483649", Map.entry(NODES.numberNode(-2147483649L), false));
            wrong.put(
                    "99999999999999999999",
                    Map.entry(
                            NODES.numberNode(new BigInteger("99999999999999999999")),
                            kinds.equals(Set.of("integer"))
                                    && schema.path("format").asText().matches("int32|int64")));
            wrong.put("-1", Map.entry(NODES.numberNode(-1), false));
        } else if (kinds.equals(Set.of("boolean"))) {
            wrong.put("string maybe", Map.entry(NODES.textNode("maybe"), true));
            wrong.put("object", Map.entry(NODES.objectNode(), true));
        } else if (kinds.equals(Set.of("array"))) {
            wrong.put("string", Map.entry(NODES.textNode("abc"), true));
            wrong.put("object", Map.entry(NODES.objectNode().put("a", 1), false));
            wrong.put("empty array", Map.entry(NODES.arrayNode(), false));
            ArrayNode many = NODES.arrayNode();
            for (int i = 0; i < 5000; i++) {
                many.add(i);
            }
            wrong.put(
                    "5000 numbers",
                    Map.entry(
                            many,
                            resolve(schema.path("items")).path("type").asText().equals("object")));
        } else if (kinds.equals(Set.of("object"))) {
            wrong.put("string", Map.entry(NODES.textNode("abc"), true));
            wrong.put("number", Map.entry(NODES.numberNode(1), true));
            wrong.put("array", Map.entry(NODES.arrayNode().add(1), true));
        }
        if (nullable) {
            wrong.values().removeIf(e -> e.getKey().isNull());
        }
        return wrong;
    }

    private static String b0target(String template, Map<String, String> pathValues) {
        String path = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    /** The resource as it is, cut down to the members its PUT or PATCH takes: a valid body for an update. */
    private JsonNode current(String path, JsonNode schema) {
        RawHttp.Answer answer = request("GET", path, null, null);
        if (answer.status() != 200
                || schema == null
                || schema.path("properties").size() == 0) {
            return null;
        }
        JsonNode resource = json(answer);
        ObjectNode body = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(field -> {
            if (resource.has(field.getKey())
                    && !resource.get(field.getKey()).isNull()
                    && !resolve(field.getValue()).path("readOnly").asBoolean()) {
                body.set(field.getKey(), resource.get(field.getKey()));
            }
        });
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (String name : required) {
            if (!body.has(name)) {
                body.set(name, example(schema.path("properties").path(name), name, 1));
            }
        }
        return body;
    }

    private String wrongFor(JsonNode schema) {
        Set<String> types = types(resolve(schema));
        return types.contains("string") ? "12345" : "\"abc\"";
    }

    private List<String> badQueryValues(String name, JsonNode schema) {
        Set<String> types = types(schema);
        String format = schema.path("format").asText();
        List<String> values = new ArrayList<>();
        if (types.contains("integer") || types.contains("number") || name.equals("page") || name.equals("size")) {
            values.addAll(BAD_INTEGERS);
        } else if (format.startsWith("date")
                || name.toLowerCase().contains("asof")
                || name.toLowerCase().endsWith("date")
                || name.equals("from")
                || name.equals("to")) {
            values.addAll(BAD_DATES);
        } else if (format.equals("uuid") || name.endsWith("Id")) {
            values.addAll(List.of("abc", "'%20OR%201=1", "%00", "%20", "|<{%", "%zz"));
        } else if (types.contains("boolean")) {
            values.addAll(List.of("maybe", "%00", "1"));
        } else {
            values.addAll(BAD_STRINGS);
        }
        if (schema.has("enum")) {
            values.add("NOPE_NOT_A_VALUE");
        }
        return values;
    }

    /** A valid value for a field, from its schema and name. */
    private JsonNode example(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("examples")
                && schema.get("examples").isArray()
                && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        if (schema.has("default") && !schema.get("default").isNull()) {
            return schema.get("default");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        Set<String> types = types(schema);
        types.remove("null");
        String type = types.isEmpty()
                ? (schema.has("properties") ? "object" : "string")
                : types.iterator().next();
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth > 4) {
                    return object;
                }
                Set<String> required = new LinkedHashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> fields =
                                schema.path("properties").fields();
                        fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (required.contains(field.getKey())
                            && !resolve(field.getValue()).path("readOnly").asBoolean()) {
                        object.set(field.getKey(), example(field.getValue(), field.getKey(), depth + 1));
                    }
                }
                if (schema.path("properties").size() == 0 && name.equals("name")) {
                    object.put("zh", "模糊");
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                array.add(example(schema.path("items"), name, depth + 1));
                return array;
            }
            case "integer":
                return NODES.numberNode(
                        name.equals("year")
                                ? 2024
                                : Math.max(1, schema.path("minimum").asInt(1)));
            case "number":
                return NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "boolean":
                return NODES.booleanNode(true);
            default:
                String format = schema.path("format").asText();
                if (format.equals("date")) {
                    return NODES.textNode("2024-06-30");
                }
                if (format.equals("date-time")) {
                    return NODES.textNode("2024-06-30T10:00:00Z");
                }
                String known = knownValue(name);
                if (known != null) {
                    return NODES.textNode(known);
                }
                if (format.equals("uuid")) {
                    return NODES.textNode(new UUID(random.nextLong(), random.nextLong()).toString());
                }
                if (format.equals("uri") || format.equals("url")) {
                    return NODES.textNode("https://example.org/fuzz");
                }
                return NODES.textNode("FZ" + (unique++));
        }
    }

    private String knownValue(String name) {
        String lower = name.toLowerCase();
        if (lower.equals("regioncode") || lower.equals("parentcode")) {
            return pool.get("regions");
        }
        if (lower.endsWith("departmentid")) {
            return pool.get("departments");
        }
        for (String collection : List.of("programme", "project", "milestone", "report", "citizen", "benefit", "pass")) {
            if (lower.equals(collection + "id")) {
                return pool.get(collection.equals("benefit") ? "benefits" : collection + "s");
            }
        }
        if (lower.equals("programmecode")) {
            return pool.get("benefit-programmes");
        }
        if (lower.equals("pass") || lower.equals("token")) {
            return pool.get("passToken");
        }
        if (lower.equals("from")) {
            return LocalDate.now().minusMonths(12).toString(); // a series of at most 24 points up to today
        }
        return null;
    }

    private String validPathValue(String template, String name) {
        String[] segments = template.split("/");
        String before = null;
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + name + "}")) {
                before = segments[i - 1];
            }
        }
        String value = before == null ? null : pool.get(before);
        // GET a report that counts; submit or edit a draft; approve or return a submitted one
        if (before != null && before.equals("reports")) {
            value = currentOp.startsWith("GET")
                    ? pool.getOrDefault("approvedReport", value)
                    : currentOp.endsWith("/approve")
                            ? pool.getOrDefault("submittedReport", value)
                            : currentOp.endsWith("/return") ? pool.getOrDefault("returnableReport", value) : value;
        }
        // what would end a project for good meets one of its own: cancel one of a published programme, delete a draft's
        if (before != null && before.equals("projects") && currentOp.endsWith("/cancel")) {
            value = pool.getOrDefault("victimProject", value);
        }
        if (before != null && before.equals("projects") && currentOp.startsWith("DELETE")) {
            value = pool.getOrDefault("doomedProject", value);
        }
        return value == null || value.isEmpty() ? "1" : value;
    }

    /**
     * A resource in its final state in place of the one a path parameter names: a cancelled project (or its milestone),
     * a closed programme, an approved report.
     */
    private String finishedCounterpart(String template, String name) {
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + name + "}")) {
                return switch (segments[i - 1]) {
                    case "projects" -> pool.get("cancelledProject");
                    case "milestones" -> pool.get("cancelledMilestone");
                    case "programmes" -> pool.get("closedProgramme");
                    case "reports" -> pool.get("approvedReport");
                    default -> null;
                };
            }
        }
        return null;
    }

    /** The code of another resource of the collection (in the same programme, where the body names one), or null. */
    private String codeOfAnother(String template, ObjectNode valid) {
        String collection = template.substring(0, template.lastIndexOf('/'));
        if (!document.path("paths").path(collection).has("get") || collection.contains("{")) {
            return null;
        }
        JsonNode listed = json(request("GET", collection, null, null));
        for (JsonNode item : listed.isArray() ? listed : listed.path("items")) {
            if (item.path("code").isTextual()
                    && !item.path("code").asText().equals(valid.path("code").asText())
                    && (!valid.has("programmeId") || item.path("programmeId").equals(valid.get("programmeId")))) {
                return item.path("code").asText();
            }
        }
        return null;
    }

    private String validQueryValue(String name, JsonNode schema) {
        String known = knownValue(name);
        if (known != null) {
            return known;
        }
        JsonNode example = example(schema, name, 0);
        return example.asText();
    }

    private static List<String> pathParamsOf(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private JsonNode resolve(JsonNode node) {
        for (int i = 0; i < 10 && node != null && node.has("$ref"); i++) {
            String[] ref = node.get("$ref").asText().substring(2).split("/");
            JsonNode target = document;
            for (String part : ref) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            node = target;
        }
        if (node != null && node.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            ObjectNode properties = merged.putObject("properties");
            ArrayNode required = merged.putArray("required");
            for (JsonNode part : node.get("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("properties") && !f.getKey().equals("required")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                resolved.path("properties").fields().forEachRemaining(f -> properties.set(f.getKey(), f.getValue()));
                resolved.path("required").forEach(required::add);
            }
            node.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("allOf")) {
                    merged.set(f.getKey(), f.getValue());
                }
            });
            return merged;
        }
        if (node != null && (node.has("oneOf") || node.has("anyOf"))) {
            JsonNode alternatives = node.has("oneOf") ? node.get("oneOf") : node.get("anyOf");
            for (JsonNode alternative : alternatives) {
                JsonNode resolved = resolve(alternative);
                if (!resolved.path("type").asText().equals("null")) {
                    return resolved;
                }
            }
        }
        return node == null ? NODES.missingNode() : node;
    }

    private JsonNode schemaOf(JsonNode parameter) {
        return resolve(parameter.path("schema"));
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        } else if (schema.has("enum")) {
            types.add("string");
        } else if (schema.has("properties")) {
            types.add("object");
        }
        if (schema.path("nullable").asBoolean()) {
            types.add("null");
        }
        return types;
    }

    private Probe probe(
            String op,
            String method,
            String target,
            List<String[]> headers,
            byte[] body,
            String caller,
            String kind,
            Expect expect,
            boolean trick,
            String etagFrom) {
        return new Probe(
                op, method, target, headers == null ? List.of() : headers, body, caller, kind, expect, trick, etagFrom);
    }

    /** Builds the probes of one operation, each as the admin and (every other one) as the API client. */
    private final class Builder {
        final String op;
        final String method;
        final String template;
        final boolean idempotency;
        final String etagFrom;
        final List<Probe> probes = new ArrayList<>();
        int count;

        Builder(
                String op,
                String method,
                String template,
                Map<String, String> pathValues,
                Map<String, String> queryValues,
                String contentType,
                byte[] validBody,
                boolean idempotency,
                String etagFrom) {
            this.op = op;
            this.method = method;
            this.template = template;
            this.idempotency = idempotency;
            this.etagFrom = etagFrom;
        }

        String target(Map<String, String> pathValues, Map<String, String> queryValues) {
            String path = template;
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            if (!queryValues.isEmpty()) {
                path += "?"
                        + queryValues.entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("&"));
            }
            return path;
        }

        List<String[]> headers(String contentType) {
            return headersWithKey(contentType, null);
        }

        List<String[]> headersWithKey(String contentType, String key) {
            List<String[]> headers = new ArrayList<>();
            headers.add(new String[] {"Accept", "application/json, application/problem+json, */*;q=0.1"});
            headers.add(new String[] {"X-Purpose", "fuzz test"});
            if (contentType != null) {
                headers.add(new String[] {"Content-Type", contentType});
            }
            if (key != null) {
                headers.add(new String[] {"Idempotency-Key", key});
            } else if (idempotency && method.equals("POST")) {
                headers.add(new String[] {"Idempotency-Key", "fuzz-" + SEED + "-" + (unique++)});
            }
            return headers;
        }

        /** One probe by one caller: admin, apikey (public:read), verifier (benefits:verify) or anonymous. */
        void one(String kind, String caller, String target, List<String[]> headers, byte[] body, String etag) {
            probes.add(probe(op, method, target, headers, body, caller, kind, Expect.ANY, false, etag));
        }

        void add(String kind, String target, List<String[]> headers, byte[] body, Expect expect, boolean trick) {
            if (trick) {
                // any media type: a service's /q/metrics reached this way shows itself instead of answering 406
                headers = new ArrayList<>(headers);
                headers.set(0, new String[] {"Accept", "*/*"});
            }
            probes.add(probe(op, method, target, headers, body, "admin", kind, expect, trick, etagFrom));
            if (count++ % 2 == 0 || trick || kind.equals("valid")) {
                probes.add(probe(op, method, target, headers, body, "apikey", kind, expect, trick, etagFrom));
            }
        }
    }

    // ---------------------------------------------------------------- sending and judging

    private RawHttp.Answer send(Probe probe) {
        List<String[]> headers = new ArrayList<>(probe.headers());
        switch (probe.caller()) {
            case "admin" -> headers.add(new String[] {"Authorization", adminToken});
            case "apikey" -> headers.add(new String[] {"X-API-Key", apiKey});
            case "verifier" -> headers.add(new String[] {"X-API-Key", verifierKey});
            default -> {
                // anonymous: no credentials at all
            }
        }
        if (REVALIDATE.equals(probe.etagFrom())) {
            String etag = request("GET", probe.target(), null, null).header("ETag");
            headers.add(new String[] {"If-None-Match", etag == null ? "\"0\"" : etag});
            baseline = rows.snapshot(); // the GET is ours, not the probe's: whatever it logged is not counted
        } else if (probe.etagFrom() != null) {
            String path = probe.target().split("\\?")[0];
            if (probe.etagFrom().equals("parent") && path.lastIndexOf('/') > 0) {
                path = path.substring(0, path.lastIndexOf('/'));
            }
            RawHttp.Answer current = request("GET", path, null, null);
            String etag = current.header("ETag");
            headers.add(new String[] {"If-Match", etag == null ? "\"0\"" : etag});
            baseline = rows.snapshot(); // the GET is ours, not the probe's: whatever it logged is not counted
        }
        RawHttp.Answer answer = http.send(probe.method(), probe.target(), headers, probe.body());
        sent++;
        judge(probe, answer, headers);
        Map<String, Long> after = rows.snapshot();
        if (answer.status() >= 400 && answer.status() < 500) {
            refused++;
            List<String> changed = RowCounts.differences(baseline, after);
            if (!changed.isEmpty()) {
                fail("stored by a refused request", probe, answer, headers, String.join(", ", changed));
            }
        }
        if (answer.status() >= 200
                && answer.status() < 300
                && !RowCounts.differences(baseline, after).isEmpty()) {
            storing++;
        }
        if (probe.kind().equals("valid")) {
            valid.merge(
                    probe.op(),
                    probe.caller() + " " + answer.status()
                            + (answer.status() >= 300 ? " " + abbreviate(oneLine(answer.text()), 160) : ""),
                    (a, b) -> a + "; " + b);
        }
        baseline = after;
        return answer;
    }

    private void sendConcurrently(List<Probe> group) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(group.size());
        CyclicBarrier start = new CyclicBarrier(group.size());
        try {
            List<Future<RawHttp.Answer>> answers = new ArrayList<>();
            for (Probe probe : group) {
                List<String[]> headers = new ArrayList<>(probe.headers());
                headers.add(new String[] {"Authorization", adminToken});
                Callable<RawHttp.Answer> call =
                        () -> http.send(probe.method(), probe.target(), headers, probe.body(), start);
                answers.add(pool.submit(call));
            }
            boolean anyAccepted = false;
            Set<String> created = new LinkedHashSet<>();
            for (int i = 0; i < group.size(); i++) {
                RawHttp.Answer answer = answers.get(i).get();
                if (answer.status() >= 200 && answer.status() < 300 && createdId(answer) != null) {
                    created.add(createdId(answer));
                }
                sent++;
                List<String[]> headers = new ArrayList<>(group.get(i).headers());
                headers.add(new String[] {"Authorization", "Bearer <admin>"});
                judge(group.get(i), answer, headers);
                anyAccepted |= answer.status() < 400 || answer.status() >= 500;
            }
            if (group.get(0).kind().equals("concurrent duplicates")
                    && uniqueCreates.contains(group.get(0).op())
                    && created.size() > 1) {
                fail(
                        "unique create duplicated under concurrency",
                        group.get(0),
                        answers.get(0).get(),
                        group.get(0).headers(),
                        group.size() + " identical creates at once made " + created.size() + ": " + created);
            }
            Map<String, Long> after = rows.snapshot();
            if (!anyAccepted) {
                List<String> changed = RowCounts.differences(baseline, after);
                if (!changed.isEmpty()) {
                    fail(
                            "stored by a refused request",
                            group.get(0),
                            answers.get(0).get(),
                            group.get(0).headers(),
                            "all " + group.size() + " concurrent requests refused, yet: " + String.join(", ", changed));
                }
            }
            baseline = after;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One Idempotency-Key, one resource: the first resource created under each key (operation + key). */
    private final Map<String, String> createdUnderKey = new ConcurrentHashMap<>();
    /** Operations whose seed body, sent again, was refused as a duplicate (409): their creates are unique. */
    private final Set<String> uniqueCreates = new HashSet<>();

    private static String createdId(RawHttp.Answer answer) {
        String location = answer.header("Location");
        if (location != null) {
            return location;
        }
        JsonNode body = json(answer);
        return body.path("id").isValueNode() ? body.path("id").asText() : null;
    }

    private void judgeIdempotency(Probe probe, RawHttp.Answer answer, List<String[]> headers) {
        String key = null;
        for (String[] header : probe.headers()) {
            if (header[0].equalsIgnoreCase("Idempotency-Key") && !header[1].isBlank()) {
                key = header[1];
            }
        }
        String id = answer.status() >= 200 && answer.status() < 300 ? createdId(answer) : null;
        if (key == null || id == null || !probe.method().equals("POST")) {
            return;
        }
        String first = createdUnderKey.putIfAbsent(probe.op() + " " + key, id);
        if (first != null && !first.equals(id)) {
            fail("two resources under one Idempotency-Key", probe, answer, headers, "first " + first + ", then " + id);
        }
    }

    private static boolean validUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void judge(Probe probe, RawHttp.Answer answer, List<String[]> headers) {
        int status = answer.status();
        judgeIdempotency(probe, answer, headers);
        if (probe.kind().equals("valid") && probe.caller().equals("admin") && status == 409) {
            uniqueCreates.add(probe.op());
        }
        statusCounts.merge(status + " " + probe.op(), 1, Integer::sum);
        if (status > 0 && coverage.addresses(probe.op(), probe.target())) {
            coverage.observe(probe.op(), status, probe.kind() + " (" + probe.caller() + ")");
            if (!coverage.documented(probe.op(), status)) {
                fail(
                        "undocumented status",
                        probe,
                        answer,
                        headers,
                        "the document lists only " + coverage.documentedOf(probe.op()));
            }
        }
        kindCounts.merge(
                probe.kind().replaceAll("(path|path trick|query|field) \\S+", "$1 …") + " → " + status,
                1,
                Integer::sum);
        String text = answer.text();
        if (status < 0) {
            fail("no answer", probe, answer, headers, answer.error());
            return;
        }
        if (status >= 500) {
            fail("5xx", probe, answer, headers, null);
        }
        Matcher leak = LEAK.matcher(text.length() > 200_000 ? text.substring(0, 200_000) : text);
        if (!probe.op().equals("GET /api/v1/openapi") && leak.find()) {
            fail("implementation leaked", probe, answer, headers, "matched «" + leak.group() + "»");
        }
        if (status >= 400 && status < 500) {
            String type = answer.header("Content-Type");
            if (status == 400 && type == null && answer.text().isEmpty() && !validUri(probe.target())) {
                // The HTTP server refuses a request line that is no URI (a broken %-escape, a bare "|") with an empty
                // 400 before any application code runs: nothing of ours can answer it (docs/security.md).
                return;
            }
            if (type == null || !type.startsWith("application/problem+json")) {
                fail("4xx not problem+json", probe, answer, headers, "Content-Type: " + type);
            } else {
                JsonNode problem = json(answer);
                if (!problem.path("type").isTextual() || problem.path("status").asInt() != status) {
                    fail("4xx problem without status/type", probe, answer, headers, null);
                }
            }
        }
        if (probe.trick() && Q_ANSWER.matcher(text).find()) {
            fail("path trick reached a service's /q", probe, answer, headers, null);
        }
        if (probe.expect() == Expect.REFUSE && status >= 200 && status < 400) {
            fail("invalid input accepted", probe, answer, headers, null);
        }
    }

    private void fail(String category, Probe probe, RawHttp.Answer answer, List<String[]> headers, String detail) {
        failures.add(new Failure(
                category,
                new Probe(
                        probe.op(),
                        probe.method(),
                        probe.target(),
                        headers,
                        probe.body(),
                        probe.caller(),
                        probe.kind(),
                        probe.expect(),
                        probe.trick(),
                        probe.etagFrom()),
                answer,
                detail));
    }

    // ---------------------------------------------------------------- report

    private String summary(int operations, int planned, long seconds) {
        Map<String, Integer> byCategory = new TreeMap<>();
        for (Failure failure : failures) {
            byCategory.merge(
                    failure.category() + " | " + failure.answer().status() + " | "
                            + failure.probe().op(),
                    1,
                    Integer::sum);
        }
        StringBuilder out = new StringBuilder();
        out.append("Public edge fuzz: ")
                .append(operations)
                .append(" operations, ")
                .append(sent)
                .append(" requests sent (")
                .append(planned)
                .append(" planned, ")
                .append(refused)
                .append(" refused with 4xx, ")
                .append(storing)
                .append(" accepted ones stored rows) in ")
                .append(seconds)
                .append(" s, over ")
                .append(rows.tables())
                .append(" tables; ")
                .append(failures.size())
                .append(" failures")
                .append(failures.isEmpty() ? "" : " (details in gateway/target/fuzz-report/failures.md)")
                .append('\n');
        byCategory.forEach((category, count) -> out.append(String.format("  %5d × %s%n", count, category)));
        out.append(coverage.summary()).append(" (by operation in gateway/target/fuzz-report/failures.md)\n");
        coverage.unshown()
                .forEach(pair -> out.append("      documented status never shown | ")
                        .append(pair)
                        .append('\n'));
        coverage.brokenProofs()
                .forEach(row -> out.append("      StatusCoverage.PROVEN_ELSEWHERE names ")
                        .append(row)
                        .append('\n'));
        return out.toString();
    }

    private void writeReport(String summary) throws IOException {
        StringBuilder out = new StringBuilder("# Public edge fuzz report\n\n```\n")
                .append(summary)
                .append("```\n\n");
        Map<String, List<Failure>> distinct = new LinkedHashMap<>();
        for (Failure failure : failures) {
            distinct.computeIfAbsent(
                            failure.category() + " | " + failure.answer().status() + " | "
                                    + failure.probe().op() + " | "
                                    + failure.probe().kind().replaceAll("=.*", "="),
                            k -> new ArrayList<>())
                    .add(failure);
        }
        out.append("## Distinct (category | status | operation | probe)\n\n");
        distinct.forEach((key, list) -> out.append("- ")
                .append(list.size())
                .append(" × ")
                .append(key)
                .append(" — e.g. `")
                .append(list.get(0).probe().method())
                .append(' ')
                .append(abbreviate(list.get(0).probe().target()))
                .append("` → ")
                .append(abbreviate(oneLine(list.get(0).answer().text())))
                .append('\n'));
        out.append("\n## Every failure\n\n");
        int n = 0;
        for (Failure failure : failures) {
            Probe probe = failure.probe();
            out.append("### ")
                    .append(++n)
                    .append(". ")
                    .append(failure.category())
                    .append(" — ")
                    .append(probe.op())
                    .append(" — ")
                    .append(probe.kind())
                    .append(" (")
                    .append(probe.caller())
                    .append(")\n\n```\n")
                    .append(probe.method())
                    .append(' ')
                    .append(abbreviate(probe.target(), 300))
                    .append('\n');
            for (String[] header : probe.headers()) {
                String value = header[0].equalsIgnoreCase("Authorization") || header[0].equalsIgnoreCase("X-API-Key")
                        ? "<" + probe.caller() + ">"
                        : abbreviate(header[1], 120);
                out.append(header[0]).append(": ").append(value).append('\n');
            }
            if (probe.body() != null) {
                out.append("\n")
                        .append(abbreviate(
                                new String(probe.body(), 0, Math.min(probe.body().length, 600), StandardCharsets.UTF_8)
                                        .replace("\u0000", "\\u0000"),
                                500))
                        .append("  [")
                        .append(probe.body().length)
                        .append(" bytes]\n");
            }
            RawHttp.Answer answer = failure.answer();
            out.append("\n→ ")
                    .append(answer.status())
                    .append(answer.error() == null ? "" : " " + answer.error())
                    .append('\n');
            for (String[] header : answer.headers()) {
                if (header[0].equalsIgnoreCase("Content-Type")) {
                    out.append(header[0]).append(": ").append(header[1]).append('\n');
                }
            }
            out.append(abbreviate(answer.text(), 800)).append('\n');
            if (failure.detail() != null) {
                out.append("-- ").append(failure.detail()).append('\n');
            }
            out.append("```\n\n");
        }
        out.append("## The valid request of each operation (what the probes start from)\n\n");
        valid.forEach((op, answers) ->
                out.append("- ").append(op).append(": ").append(answers).append('\n'));
        out.append("\n## Answers by kind of probe and status\n\n");
        kindCounts.forEach((key, count) ->
                out.append("- ").append(count).append(" × ").append(key).append('\n'));
        out.append("\n## Answers by status and operation\n\n");
        statusCounts.forEach((key, count) ->
                out.append("- ").append(count).append(" × ").append(key).append('\n'));
        out.append('\n').append(coverage.report());
        Files.writeString(REPORT.resolve("failures.md"), out.toString());
    }

    // ---------------------------------------------------------------- bytes

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] junk(int size) {
        byte[] junk = new byte[size];
        byte[] start = utf8("{\"zz\":\"");
        System.arraycopy(start, 0, junk, 0, start.length);
        for (int i = start.length; i < size - 2; i++) {
            junk[i] = (byte) ('a' + random.nextInt(26));
        }
        junk[size - 2] = '"';
        junk[size - 1] = '}';
        return junk;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static byte[] replaceBytes(byte[] data, byte[] from, byte[] to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        outer:
        for (int i = 0; i < data.length; i++) {
            if (i <= data.length - from.length) {
                boolean match = true;
                for (int j = 0; j < from.length; j++) {
                    if (data[i + j] != from[j]) {
                        match = false;
                        break;
                    }
                }
                if (match) {
                    out.write(to, 0, to.length);
                    i += from.length - 1;
                    continue outer;
                }
            }
            out.write(data[i]);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        return abbreviate(text, 100);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…[" + text.length() + "]";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
