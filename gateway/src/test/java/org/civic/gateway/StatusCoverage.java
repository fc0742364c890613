package org.civic.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Whether the merged document's statuses and the suite's answers agree, operation by operation (issue 12): every
 * status answered to a probe of {@link PublicEdgeFuzzTest} must be documented for its operation, and every documented
 * status must be shown to occur, either by the fuzz run itself or by a named test in {@link #PROVEN_ELSEWHERE}, the
 * one table of what a fuzz run against a healthy suite cannot provoke. A row naming a test method that does not
 * exist, or covering no documented status, is a failure too.
 */
final class StatusCoverage {

    static final String GATEWAY = "gateway";
    static final String REGISTRY = "project-registry-service";
    static final String PROGRESS = "progress-tracking-service";
    static final String BENEFITS = "benefits-service";
    private static final String ADMIN_PATHS = "/api/v1/admin/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** An operation of the merged document; {@code owner} is the module that answers it. */
    record Operation(String method, String path, String owner, boolean open) {
        String name() {
            return method + " " + path;
        }
    }

    /** Which operations a row of the table covers, in words for the report. */
    record Scope(String name, Predicate<Operation> covers) {}

    /** A test method, by the module it lives in and the class and method names of its source. */
    record TestMethod(String module, String testClass, String method) {
        String label() {
            return testClass + "#" + method + (module.equals(GATEWAY) ? "" : " (" + module + ")");
        }
    }

    /** A status of the operations in {@code scope}, made to happen by {@code tests}; {@code why} the fuzz run does not. */
    record Proof(String status, Scope scope, String why, List<TestMethod> tests) {}

    static final Scope SECURED = new Scope("every operation that needs credentials", op -> !op.open());
    static final Scope FORWARDED = new Scope(
            "every operation forwarded to a service", op -> !op.owner().equals(GATEWAY));
    static final Scope VIEWS = new Scope(
            "the gateway's views",
            op -> op.owner().equals(GATEWAY) && !op.open() && !op.path().startsWith(ADMIN_PATHS));
    static final Scope ADMIN_API =
            new Scope("the gateway's admin API", op -> op.path().startsWith(ADMIN_PATHS));

    static Scope ownedBy(String module) {
        return new Scope("every operation of " + module, op -> op.owner().equals(module));
    }

    static Scope only(String operation) {
        return new Scope(operation, op -> op.name().equals(operation));
    }

    static TestMethod gateway(String testClass, String method) {
        return new TestMethod(GATEWAY, testClass, method);
    }

    static TestMethod in(String module, String testClass, String method) {
        return new TestMethod(module, testClass, method);
    }

    private static final Scope NOTICES =
            new Scope("督办 notices", op -> op.path().startsWith("/api/v1/supervision-notices"));
    private static final Scope EVALUATIONS = new Scope("满意度测评", op -> op.path().startsWith("/api/v1/evaluations"));
    private static final Scope SNAPSHOTS =
            new Scope("公示 snapshots", op -> op.path().startsWith("/api/v1/snapshots"));
    private static final Scope SNAPSHOTS_PUBLISHED = only("POST /api/v1/programmes/{programmeId}/snapshots");

    private static final TestMethod NOTICE_STEPS =
            in(PROGRESS, "SupervisionTest", "theDepartmentRepliesTheIssuerClosesAndRefusedStepsAre409Or403");
    private static final TestMethod NOTICE_OVERDUE =
            in(PROGRESS, "SupervisionTest", "aNoticePastItsDueDateWithoutAReplyIsOverdueUntilExtended");
    private static final TestMethod EVALUATION_GRADED =
            in(PROGRESS, "EvaluationTest", "zhenhaisRuleGradesOnTheMembersAndExactlyHalfIsNotEnough");
    private static final TestMethod EVALUATION_REFUSED =
            in(PROGRESS, "EvaluationTest", "aTallyThatDoesNotAddUpToTheDeputiesPresentIs422AndStoresNothing");
    private static final TestMethod EVALUATION_NO_QUORUM =
            in(PROGRESS, "EvaluationTest", "exactlyHalfTheMembersPresentIsNoQuorum");
    private static final TestMethod SNAPSHOT_UNCHANGED =
            in(PROGRESS, "SnapshotTest", "aSnapshotIsUnchangedByALaterApprovedCorrectionAndTheDiffShowsIt");
    private static final TestMethod SNAPSHOT_EXPORTED =
            in(PROGRESS, "SnapshotTest", "aSnapshotExportsItsBulletinLinesAsCsvAndXlsx");
    private static final TestMethod SNAPSHOT_ADMIN_ONLY =
            in(PROGRESS, "SnapshotTest", "onlyAnAdminPublishesAndNeverForAFutureDate");

    private static final String WEBHOOK_SIGNED = "aWebhookGetsEachEventSignedAndRetriedWithTheSameIdUntilItIsTaken";
    private static final String WEBHOOK_OWNED = "anotherClientCannotSeeChangeOrRedeliverSomeoneElsesWebhook";

    private static final String DATABASE_DOWN =
            "whileTheDatabaseIsDownEveryRequestGets503WithRetryAfterAndReadinessIsDown";
    private static final String POOL_EXHAUSTED = "whenThePoolIsExhaustedARequestWaitsBrieflyThenGets503WithRetryAfter";
    private static final String HIDDEN_INSIDES = "unexpectedErrorsHideTheirInsides";
    private static final String HEALTHY = "the run's databases and services stay up and answer in time";

    /**
     * What the fuzz run cannot provoke by its nature (it lifts the rate limits, keeps every database and service up,
     * and has no bug to trigger a 500), and the few statuses that need state the run does not build; each shown by
     * the named tests. Statuses common's mechanisms answer on every operation of a module are proven once per module.
     */
    static final List<Proof> PROVEN_ELSEWHERE = List.of(
            new Proof(
                    "429",
                    SECURED,
                    "the fuzz profile lifts the rate limits, so that each probe is judged on what it sends",
                    List.of(
                            gateway("AuthTest", "aClientOverItsRateGets429AndOthersAreUnaffected"),
                            gateway(
                                    "PublicEdgeTest",
                                    "aFloodOfGuessedKeysIsCutOffPerAddressWithoutTouchingOtherCallers"))),
            new Proof(
                    "502",
                    FORWARDED,
                    HEALTHY + " (502: a service that breaks off)",
                    List.of(gateway("GatewayTest", "aServiceThatFailsOrHangsGetsAProblemNotAHangingSocket"))),
            new Proof(
                    "502",
                    VIEWS,
                    HEALTHY + " (502: a required part answered with an error)",
                    List.of(gateway("GatewayTest", "aFailingRequiredPartIsAProblemWithRetryAfter"))),
            new Proof(
                    "504",
                    FORWARDED,
                    HEALTHY + " (504: a service that hangs)",
                    List.of(gateway("GatewayTest", "aServiceThatFailsOrHangsGetsAProblemNotAHangingSocket"))),
            new Proof(
                    "504",
                    VIEWS,
                    HEALTHY + " (504: a required part timed out)",
                    List.of(gateway("GatewayTest", "aRequiredPartThatDoesNotAnswerInTimeIsA504WithRetryAfter"))),
            new Proof(
                    "503",
                    ownedBy(REGISTRY),
                    HEALTHY + " (503: the registry's database out of reach)",
                    List.of(
                            in(REGISTRY, "DatabaseOutageTest", DATABASE_DOWN),
                            in(REGISTRY, "DatabaseOutageTest", POOL_EXHAUSTED))),
            new Proof(
                    "503",
                    ownedBy(PROGRESS),
                    HEALTHY + " (503: progress's database, or the registry it asks, out of reach)",
                    List.of(
                            in(PROGRESS, "DatabaseOutageTest", DATABASE_DOWN),
                            in(PROGRESS, "RegistryDownTest", "writesGet503WithRetryAfterAndStoreNothing"))),
            new Proof(
                    "503",
                    ownedBy(BENEFITS),
                    HEALTHY + " (503: the benefits database out of reach)",
                    List.of(in(BENEFITS, "DatabaseOutageTest", DATABASE_DOWN))),
            new Proof(
                    "503",
                    ADMIN_API,
                    HEALTHY + " (503: the gateway's own database out of reach)",
                    List.of(
                            gateway("DatabaseOutageTest", DATABASE_DOWN),
                            gateway("DatabaseOutageTest", "anApiKeyThatMustBeLookedUpWhileTheDatabaseIsDownGets503"))),
            new Proof(
                    "503",
                    VIEWS,
                    HEALTHY + " (503: a service a view needs is down)",
                    List.of(gateway("PublicEdgeTest", "degradedPartsSayWhatHappened"))),
            new Proof(
                    "500",
                    ownedBy(GATEWAY),
                    "a 500 in the run would be a bug (the 5xx failure); common's catch-all answers it",
                    List.of(gateway("FoundationTest", HIDDEN_INSIDES))),
            new Proof(
                    "500",
                    ownedBy(REGISTRY),
                    "as for the gateway; the pass-through keeps a service's status",
                    List.of(in(REGISTRY, "FoundationTest", HIDDEN_INSIDES))),
            new Proof(
                    "500",
                    ownedBy(PROGRESS),
                    "as for the gateway; the pass-through keeps a service's status",
                    List.of(in(PROGRESS, "FoundationTest", HIDDEN_INSIDES))),
            new Proof(
                    "500",
                    ownedBy(BENEFITS),
                    "as for the gateway; the pass-through keeps a service's status",
                    List.of(in(BENEFITS, "FoundationTest", HIDDEN_INSIDES))),
            new Proof(
                    "409",
                    only("PUT /api/v1/benefit-programmes/{code}"),
                    "needs a benefit already redeemed (benefit-in-use)",
                    List.of(in(BENEFITS, "ProgrammeAndRuleTest", "updatesNeedTheCurrentETagAndKeepUsedBenefits"))),
            new Proof(
                    "409",
                    only("POST /api/v1/citizens/{id}/redemptions"),
                    "needs a quota used up (quota-exhausted)",
                    List.of(in(
                            BENEFITS,
                            "RedemptionTest",
                            "ofTwoHundredConcurrentRequestsForTheYearlyHealthCheckExactlyOneSucceeds"))),
            new Proof(
                    "422",
                    only("POST /api/v1/eligibility/batch"),
                    "needs a programme without a rule version in force on asOf",
                    List.of(in(BENEFITS, "BatchEligibilityTest", "badBatchRequestsNameTheField"))),
            new Proof(
                    "410",
                    only("GET /api/v1/changes"),
                    "needs a cursor older than a source's retention (its purge)",
                    List.of(gateway("ChangeFeedFailuresTest", "aSourcesExpiredCursorIsTheCallersAnswerUnchanged"))),
            webhooks("201", "POST /api/v1/webhooks", WEBHOOK_SIGNED),
            webhooks("200", "GET /api/v1/webhooks/{id}", WEBHOOK_SIGNED),
            webhooks("200", "GET /api/v1/webhooks/{id}/deliveries", WEBHOOK_SIGNED),
            webhooks("202", "POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", WEBHOOK_SIGNED),
            webhooks("404", "POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", WEBHOOK_OWNED),
            webhooks("204", "DELETE /api/v1/webhooks/{id}", WEBHOOK_OWNED),
            webhooks("404", "DELETE /api/v1/webhooks/{id}", WEBHOOK_OWNED),
            supervision("200", NOTICES, NOTICE_STEPS, NOTICE_OVERDUE),
            supervision("201", NOTICES, NOTICE_STEPS),
            supervision("304", NOTICES, NOTICE_STEPS),
            supervision("409", NOTICES, NOTICE_STEPS),
            supervision("412", NOTICES, NOTICE_STEPS),
            supervision("422", NOTICES, NOTICE_OVERDUE, NOTICE_STEPS),
            supervision("200", EVALUATIONS, EVALUATION_GRADED),
            supervision("409", EVALUATIONS, EVALUATION_GRADED),
            supervision("422", EVALUATIONS, EVALUATION_REFUSED, EVALUATION_NO_QUORUM),
            supervision("200", SNAPSHOTS, SNAPSHOT_UNCHANGED, SNAPSHOT_EXPORTED),
            supervision("304", SNAPSHOTS, SNAPSHOT_UNCHANGED),
            supervision("404", SNAPSHOTS, SNAPSHOT_UNCHANGED),
            supervision("409", SNAPSHOTS_PUBLISHED, SNAPSHOT_ADMIN_ONLY),
            supervision("422", SNAPSHOTS_PUBLISHED, SNAPSHOT_ADMIN_ONLY));

    /** A status of supervision's operations that needs a notice, an evaluation or a snapshot the run does not make. */
    private static Proof supervision(String status, Scope scope, TestMethod... tests) {
        return new Proof(
                status,
                scope,
                "needs a notice, evaluation or snapshot in a given state (the run's probes start from unknown ids)",
                List.of(tests));
    }

    private static Proof webhooks(String status, String operation, String test) {
        return new Proof(
                status,
                only(operation),
                "needs an API client's own webhook (the fuzz run's callers have none, and staff may not have one)",
                List.of(gateway("ChangesAndWebhooksTest", test)));
    }

    private final Map<String, Operation> operations = new LinkedHashMap<>();
    private final Map<String, Set<String>> documented = new LinkedHashMap<>();
    private final Map<String, Pattern> paths = new LinkedHashMap<>();
    /** Operation → status → the kind of the first probe that got it. */
    private final Map<String, Map<String, String>> observed = new TreeMap<>();

    private final Path modules;

    /** {@code owner} names the module that answers a path of the document; {@code modules} is where their sources are. */
    StatusCoverage(JsonNode document, Function<String, String> owner, Path modules) {
        this.modules = modules;
        for (Iterator<Map.Entry<String, JsonNode>> items =
                        document.path("paths").fields();
                items.hasNext(); ) {
            Map.Entry<String, JsonNode> item = items.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = item.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode security = op.getValue().path("security");
                Operation operation = new Operation(
                        op.getKey().toUpperCase(),
                        item.getKey(),
                        owner.apply(item.getKey()),
                        security.isArray() && security.isEmpty());
                operations.put(operation.name(), operation);
                Set<String> statuses = new TreeSet<>();
                op.getValue().path("responses").fieldNames().forEachRemaining(statuses::add);
                documented.put(operation.name(), statuses);
                paths.put(
                        operation.name(),
                        Pattern.compile(Stream.of(item.getKey().split("/", -1))
                                .map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
                                .collect(Collectors.joining("/"))));
            }
        }
    }

    /**
     * Whether a probe's target is a request for the operation at all: its path has the operation's shape, every
     * parameter one segment. A path trick that adds segments or a double slash asks for a path the document does not
     * have, whatever its answer.
     */
    boolean addresses(String operation, String target) {
        Pattern path = paths.get(operation);
        return path != null && path.matcher(target.split("\\?", 2)[0]).matches();
    }

    boolean documented(String operation, int status) {
        return documented.getOrDefault(operation, Set.of()).contains(Integer.toString(status));
    }

    Set<String> documentedOf(String operation) {
        return documented.getOrDefault(operation, Set.of());
    }

    void observe(String operation, int status, String kind) {
        observed.computeIfAbsent(operation, k -> new TreeMap<>()).putIfAbsent(Integer.toString(status), kind);
    }

    /** The rows of the table that cover a documented status of an operation. */
    private List<Proof> proofsOf(Operation operation, String status) {
        return PROVEN_ELSEWHERE.stream()
                .filter(p -> p.status().equals(status) && p.scope().covers().test(operation))
                .toList();
    }

    /** Documented statuses neither observed nor proven by a test: "operation status". */
    List<String> unshown() {
        List<String> unshown = new ArrayList<>();
        documented.forEach((name, statuses) -> statuses.forEach(status -> {
            if (!observed.getOrDefault(name, Map.of()).containsKey(status)
                    && proofsOf(operations.get(name), status).isEmpty()) {
                unshown.add(status + " " + name);
            }
        }));
        return unshown;
    }

    /** What is wrong with the table itself: a test method that does not exist, a row that covers nothing documented. */
    List<String> brokenProofs() {
        List<String> broken = new ArrayList<>();
        for (Proof proof : PROVEN_ELSEWHERE) {
            for (TestMethod test : proof.tests()) {
                String missing = missing(test);
                if (missing != null) {
                    broken.add(proof.status() + " " + proof.scope().name() + ": " + test.label() + " " + missing);
                }
            }
            boolean coversSomething = operations.values().stream()
                    .anyMatch(op -> proof.scope().covers().test(op)
                            && documented.get(op.name()).contains(proof.status()));
            if (!coversSomething) {
                broken.add(proof.status() + " " + proof.scope().name() + ": no operation documents it");
            }
        }
        return broken;
    }

    /**
     * Null when the test method exists, otherwise what is missing. A gateway test is looked up by reflection; a
     * service's test by its source under that module's src/test (its class path is not this one's), the method
     * declared there or in the class it extends (common's contract tests, on this class path too).
     */
    private String missing(TestMethod test) {
        Path root = modules.resolve(test.module()).resolve("src/test/java");
        Optional<Path> source;
        try (Stream<Path> files = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
            source = files.filter(f -> f.getFileName().toString().equals(test.testClass() + ".java"))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (source.isEmpty()) {
            return "has no source under " + modules.relativize(root);
        }
        if (test.module().equals(GATEWAY)) {
            String name = root.relativize(source.get())
                    .toString()
                    .replace(".java", "")
                    .replace('/', '.');
            return declaresTest(load(name), test.method()) ? null : "is no test method";
        }
        String text;
        try {
            text = Files.readString(source.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Pattern.compile("@Test\\s+(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:protected\\s+|public\\s+)?void\\s+"
                        + Pattern.quote(test.method()) + "\\(")
                .matcher(text)
                .find()) {
            return null;
        }
        Matcher base = Pattern.compile("class\\s+" + Pattern.quote(test.testClass()) + "\\s+extends\\s+(\\w+)")
                .matcher(text);
        if (base.find()) {
            Matcher imported = Pattern.compile("import\\s+([\\w.]+\\." + base.group(1) + ");")
                    .matcher(text);
            if (imported.find() && declaresTest(load(imported.group(1)), test.method())) {
                return null;
            }
        }
        return "is no test method";
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, StatusCoverage.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static boolean declaresTest(Class<?> type, String method) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method declared : c.getDeclaredMethods()) {
                if (declared.getName().equals(method) && declared.isAnnotationPresent(Test.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One line of figures for the run's summary. */
    String summary() {
        int pairs = documented.values().stream().mapToInt(Set::size).sum();
        long seen = documented.entrySet().stream()
                .mapToLong(e -> e.getValue().stream()
                        .filter(s -> observed.getOrDefault(e.getKey(), Map.of()).containsKey(s))
                        .count())
                .sum();
        int unshown = unshown().size();
        return String.format(
                "Statuses: %d documented (operation, status) pairs over %d operations: %d observed, %d shown "
                        + "only by a named test, %d neither",
                pairs, operations.size(), seen, pairs - seen - unshown, unshown);
    }

    /** The report's section: per operation what is documented, what the run observed, what a named test shows. */
    String report() {
        Map<Proof, Integer> numbers = new LinkedHashMap<>();
        PROVEN_ELSEWHERE.forEach(proof -> numbers.put(proof, numbers.size() + 1));
        StringBuilder out = new StringBuilder("## Statuses by operation\n\n")
                .append(summary())
                .append(".\n\n")
                .append("Observed: answered to a probe whose path has the operation's shape (a path trick with more "
                        + "segments or a double slash asks for no documented path). A status observed but not documented "
                        + "is an \"undocumented status\" failure; one documented but neither observed nor proven is a "
                        + "\"documented status never shown\" failure. [n]: the row of the table below.\n\n")
                .append(
                        "| operation | documented | observed | proven by a named test | not shown |\n|---|---|---|---|---|\n");
        for (Operation operation : operations.values()) {
            Set<String> statuses = documented.get(operation.name());
            Map<String, String> seen = observed.getOrDefault(operation.name(), Map.of());
            List<String> proven = new ArrayList<>();
            List<String> unshown = new ArrayList<>();
            for (String status : statuses) {
                List<Proof> proofs = proofsOf(operation, status);
                if (!proofs.isEmpty()) {
                    proven.add(status + " "
                            + proofs.stream()
                                    .map(p -> "[" + numbers.get(p) + "]")
                                    .collect(Collectors.joining()));
                } else if (!seen.containsKey(status)) {
                    unshown.add(status);
                }
            }
            List<String> extra = seen.keySet().stream()
                    .filter(s -> !statuses.contains(s))
                    .map(s -> s + " (undocumented)")
                    .toList();
            out.append("| ")
                    .append(operation.name())
                    .append(" | ")
                    .append(String.join(" ", statuses))
                    .append(" | ")
                    .append(String.join(
                            " ",
                            seen.keySet().stream().filter(statuses::contains).toList()))
                    .append(extra.isEmpty() ? "" : " " + String.join(" ", extra))
                    .append(" | ")
                    .append(String.join(" ", proven))
                    .append(" | ")
                    .append(String.join(" ", unshown))
                    .append(" |\n");
        }
        out.append("\n### What a fuzz run cannot provoke, and the tests that do (StatusCoverage.PROVEN_ELSEWHERE)\n\n");
        numbers.forEach((proof, n) -> out.append(n)
                .append(". ")
                .append(proof.status())
                .append(", ")
                .append(proof.scope().name())
                .append(": ")
                .append(proof.tests().stream().map(TestMethod::label).collect(Collectors.joining(", ")))
                .append(" — ")
                .append(proof.why())
                .append('\n'));
        out.append("\n### The first probe that got each observed status\n\n");
        observed.forEach((operation, statuses) -> out.append("- ")
                .append(operation)
                .append(": ")
                .append(statuses.entrySet().stream()
                        .map(e -> e.getKey() + " ← " + e.getValue())
                        .collect(Collectors.joining("; ")))
                .append('\n'));
        return out.toString();
    }
}
