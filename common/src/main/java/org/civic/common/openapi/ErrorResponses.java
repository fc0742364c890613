package org.civic.common.openapi;

import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createComponents;
import static org.eclipse.microprofile.openapi.OASFactory.createContent;
import static org.eclipse.microprofile.openapi.OASFactory.createExample;
import static org.eclipse.microprofile.openapi.OASFactory.createHeader;
import static org.eclipse.microprofile.openapi.OASFactory.createMediaType;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.problem.Problem;
import org.civic.common.web.ETags;
import org.civic.common.web.Params;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, on every operation of a service's OpenAPI document, the {@code application/problem+json} errors it can
 * really return, by the rules that {@code common/problem} implements (common/README.md lists them with the code
 * behind each). Registered in every service with {@code mp.openapi.filter}. It also describes the request headers
 * that common owns ({@code If-Match}, {@code If-None-Match}, {@code Idempotency-Key}), gives a problem body to any
 * 4xx/5xx response that another annotation declared without content, and replaces the bodiless 400/401/403 that
 * smallrye adds on its own.
 */
public class ErrorResponses implements OASFilter {

    public static final String PROBLEM = "Problem";
    public static final String VIOLATION = "ProblemViolation";
    public static final String RETRY_AFTER = "Retry-After";
    /** The component response of a 400 (the gateway puts it on every operation: it checks every path and query). */
    public static final String BAD_REQUEST = "BadRequest";
    /** On a write that cannot conflict (nothing stored, or a fresh random key): {@code @Extension(name = NO_CONFLICT, value = "true")}. */
    public static final String NO_CONFLICT = "x-civic-no-conflict";

    static final String IF_MATCH = "If-Match";
    static final String IF_NONE_MATCH = "If-None-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int DATE_TIME_MAX_LENGTH = 35;
    /** What smallrye writes for the 400, 401 and 403 it adds by itself (no body). */
    private static final Set<String> GENERATED_DESCRIPTIONS = Set.of("Bad Request", "Not Authorized", "Not Allowed");

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    /** Where every service checks If-Match unconditionally ({@code ETags.checkMatches}); workflow POSTs check it only when sent. */
    private static final Set<PathItem.HttpMethod> IF_MATCH_REQUIRED =
            Set.of(PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** What the rules look at: the operation as documented (open: its security is explicitly none). */
    public record Facts(
            PathItem.HttpMethod method, List<Parameter> parameters, boolean body, boolean open, boolean noConflict) {

        boolean has(Parameter.In in, String name) {
            return parameters.stream()
                    .anyMatch(p -> p.getIn() == in && (name == null || name.equalsIgnoreCase(p.getName())));
        }

        boolean requires(String header) {
            return parameters.stream()
                    .anyMatch(p -> p.getIn() == Parameter.In.HEADER
                            && header.equalsIgnoreCase(p.getName())
                            && Boolean.TRUE.equals(p.getRequired()));
        }
    }

    /** One documented error: when it applies, and the component response that describes it. */
    public record Rule(
            String status,
            String component,
            String description,
            Predicate<Facts> applies,
            Problem example,
            boolean retryAfter) {}

    static final List<Rule> RULES = List.of(
            new Rule(
                    "400",
                    BAD_REQUEST,
                    "The request is malformed or a value is invalid; violations[] names each "
                            + "field or parameter (Bean Validation, unreadable JSON, unknown fields, a parameter that does not parse).",
                    f -> !f.parameters().isEmpty() || f.body(),
                    new Problem("validation", "Invalid request", 400, "asOf: '2022-13-01' is not a date (YYYY-MM-DD)")
                            .violations(
                                    List.of(new Problem.Violation("asOf", "'2022-13-01' is not a date (YYYY-MM-DD)"))),
                    false),
            new Rule(
                    "401",
                    "Unauthenticated",
                    "No valid credentials (no identity, or one that failed verification).",
                    f -> !f.open(),
                    new Problem(
                            "unauthenticated",
                            "Unauthenticated",
                            401,
                            "Send an API key in X-API-Key or a staff token in Authorization: Bearer."),
                    false),
            new Rule(
                    "403",
                    "Forbidden",
                    "The caller's roles or scopes do not allow this operation; detail names what it needs.",
                    f -> !f.open(),
                    new Problem("forbidden", "Forbidden", 403, "This operation needs one of: admin, editor."),
                    false),
            new Rule(
                    "404",
                    "NotFound",
                    "A resource named in the path does not exist (or is a draft the caller may not see).",
                    f -> f.has(Parameter.In.PATH, null),
                    new Problem(
                            "not-found",
                            "Not found",
                            404,
                            "Programme 0b6c4d4e-7f0a-4b8e-9a39-5d3f1f6f2a11 does not exist"),
                    false),
            new Rule(
                    "406",
                    "NotAcceptable",
                    "Accept names no media type this operation can answer with.",
                    f -> true,
                    new Problem("not-acceptable", "Not Acceptable", 406, "HTTP 406 Not Acceptable"),
                    false),
            new Rule(
                    "409",
                    "Conflict",
                    "The write conflicts with the resource's state or with other data (a duplicate "
                            + "code, a workflow step out of order, a cancelled project), or raced another write "
                            + "(type urn:civic:problem:concurrent-write, with Retry-After).",
                    f -> WRITES.contains(f.method()) && !f.noConflict(),
                    new Problem(
                            "constraint-violation",
                            "Conflict",
                            409,
                            "The request conflicts with existing data (a duplicate or a reference that is in use)."),
                    true),
            new Rule(
                    "412",
                    "PreconditionFailed",
                    "If-Match names a version that is no longer current: read the resource "
                            + "again and retry with its ETag.",
                    f -> f.has(Parameter.In.HEADER, IF_MATCH),
                    new Problem(
                            "precondition-failed",
                            "Precondition failed",
                            412,
                            "The resource has changed since you "
                                    + "read it (your ETag \"2\", current \"3\"); read it again and retry."),
                    false),
            new Rule(
                    "415",
                    "UnsupportedMediaType",
                    "Content-Type is not one this operation reads (JSON unless it says otherwise).",
                    Facts::body,
                    new Problem(
                            "unsupported-media-type", "Unsupported Media Type", 415, "HTTP 415 Unsupported Media Type"),
                    false),
            new Rule(
                    "422",
                    "IdempotencyKeyReused",
                    "The Idempotency-Key was already used with a different request body.",
                    f -> f.has(Parameter.In.HEADER, IDEMPOTENCY_KEY),
                    new Problem(
                            "idempotency-key-reused",
                            "Unprocessable request",
                            422,
                            "Idempotency-Key report-JJ2022-01-2022-10 was already used with a different request body."),
                    false),
            new Rule(
                    "428",
                    "PreconditionRequired",
                    "If-Match is missing: send the ETag you read.",
                    f -> f.requires(IF_MATCH),
                    new Problem(
                            "precondition-required",
                            "Precondition required",
                            428,
                            "Send If-Match with the ETag you read, so that concurrent changes are not lost."),
                    false),
            new Rule(
                    "500",
                    "InternalError",
                    "An unforeseen failure. The body never holds internals; quote requestId " + "when reporting it.",
                    f -> true,
                    new Problem(
                            "internal",
                            "Internal server error",
                            500,
                            "The server could not complete the request. Quote the request id when reporting it."),
                    false),
            new Rule(
                    "503",
                    "ServiceUnavailable",
                    "A database or a service this operation needs is out of reach, or its "
                            + "connection pool is exhausted; retry after Retry-After seconds.",
                    f -> !f.open(),
                    new Problem(
                            "service-unavailable",
                            "Service unavailable",
                            503,
                            "The service's database is unavailable at the moment; retry later."),
                    true));

    /**
     * A string of a fixed-length format says so (what OWASP API4's bounds on input strings ask): a uuid has 36
     * characters and a date 10 ({@code Params} refuses longer parameters), a date-time at most 35
     * ({@code 2025-03-12T09:20:00.123456789+08:00}; only benefits' {@code occurredAt} takes one). A nullable reference
     * is {@code anyOf [ref, null]} alone: smallrye copies the referenced schema's type beside it, which would make it a
     * string with neither the length nor the enumeration of the schema it refers to.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getMaxLength() == null && schema.getFormat() != null) {
            switch (schema.getFormat()) {
                case "uuid" -> schema.setMaxLength(Params.UUID_LENGTH);
                case "date" -> schema.setMaxLength(Params.DATE_LENGTH);
                case "date-time" -> schema.setMaxLength(DATE_TIME_MAX_LENGTH);
                default -> {}
            }
        }
        if (schema.getType() != null && isNullableReference(schema.getAnyOf())) {
            schema.setType(null);
        }
        return schema;
    }

    private static boolean isNullableReference(List<Schema> anyOf) {
        return anyOf != null
                && anyOf.size() == 2
                && anyOf.stream().anyMatch(s -> s.getRef() != null)
                && anyOf.stream()
                        .anyMatch(s -> s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL)));
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(createComponents());
        }
        Components components = api.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        components.addSchema(VIOLATION, violationSchema());
        components.addHeader(
                RETRY_AFTER,
                createHeader()
                        .description("Seconds to wait before retrying.")
                        .schema(createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .minimum(BigDecimal.ONE)
                                .maximum(BigDecimal.valueOf(3600))));
        RULES.forEach(rule -> components.addResponse(rule.component(), problemResponse(rule)));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> {
            if (item.getOperations() != null) {
                item.getOperations().forEach((method, operation) -> document(method, operation, item));
            }
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation, PathItem item) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        parameters.forEach(parameter -> describeCommonHeader(method, parameter));
        Map<String, Object> extensions = operation.getExtensions();
        boolean noConflict = extensions != null && "true".equals(String.valueOf(extensions.get(NO_CONFLICT)));
        if (extensions != null) {
            operation.removeExtension(NO_CONFLICT);
        }
        Facts facts = new Facts(method, parameters, operation.getRequestBody() != null, open(operation), noConflict);
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        Map<String, APIResponse> existing =
                responses.getAPIResponses() == null ? Map.of() : new LinkedHashMap<>(responses.getAPIResponses());
        existing.forEach((status, response) -> {
            if (status.length() == 3
                    && status.charAt(0) >= '4'
                    && response.getRef() == null
                    && (response.getContent() == null
                            || response.getContent().getMediaTypes() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                if (GENERATED_DESCRIPTIONS.contains(response.getDescription())) {
                    responses.removeAPIResponse(status); // smallrye's own, bodiless: the rule below writes the real one
                } else {
                    response.setContent(problemContent()); // declared by another annotation without a body
                }
            }
        });
        for (Rule rule : RULES) {
            if (!responses.hasAPIResponse(rule.status()) && rule.applies().test(facts)) {
                responses.addAPIResponse(rule.status(), createAPIResponse().ref(rule.component()));
            }
        }
        sortByStatus(responses);
    }

    /**
     * Needs no credentials: its security is none ({@code []}) or only the empty requirement ({@code [{}]}, what an
     * empty {@code @SecurityRequirementsSet} writes). Only the gateway's documentation is open.
     */
    public static boolean open(Operation operation) {
        return operation.getSecurity() != null
                && operation.getSecurity().stream()
                        .allMatch(requirement -> requirement.getSchemes() == null
                                || requirement.getSchemes().isEmpty());
    }

    /**
     * If-Match, If-None-Match and Idempotency-Key are common's: described once here for every service, with the lengths
     * {@code ConditionalHeaders} and {@code Idempotency} enforce.
     */
    private static void describeCommonHeader(PathItem.HttpMethod method, Parameter parameter) {
        if (parameter.getIn() != Parameter.In.HEADER || parameter.getRef() != null) {
            return;
        }
        if (IF_MATCH.equalsIgnoreCase(parameter.getName())) {
            if (IF_MATCH_REQUIRED.contains(method)) {
                parameter.setRequired(true);
            }
            if (parameter.getDescription() == null) {
                parameter.setDescription(
                        IF_MATCH_REQUIRED.contains(method)
                                ? "The ETag of the version you read (\"3\"); a stale one is refused with 412, none with 428."
                                : "The ETag of the version you read (\"3\"); when sent, a stale one is refused with 412.");
            }
            parameter.setSchema(createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .maxLength(ETags.MAX_HEADER_LENGTH)
                    .pattern("^(W/)?\"?[0-9]+\"?$")
                    .examples(List.of("\"3\"")));
        } else if (IF_NONE_MATCH.equalsIgnoreCase(parameter.getName())) {
            parameter.setSchema(createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .maxLength(ETags.MAX_HEADER_LENGTH)
                    .examples(List.of("\"3\"")));
        } else if (IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName())) {
            if (parameter.getDescription() == null) {
                parameter.setDescription(
                        "Makes a retried POST safe: the same key and body (per caller) answer the first "
                                + "response again with Idempotent-Replayed: true; the same key with another body is a 422.");
            }
            parameter.setSchema(createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .minLength(1)
                    .maxLength(Idempotency.MAX_KEY_LENGTH)
                    .pattern("^" + Idempotency.KEY_PATTERN + "$")
                    .examples(List.of("report-JJ2022-01-2022-10")));
        }
    }

    private static void sortByStatus(APIResponses responses) {
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
    }

    /** The component response of a rule: its description, a Problem body with the rule's example, its headers. */
    public static APIResponse problemResponse(Rule rule) {
        APIResponse response = createAPIResponse().description(rule.description());
        MediaType media = createMediaType().schema(createSchema().ref(PROBLEM));
        media.addExample(rule.component(), createExample().value(exampleOf(rule.example(), rule.status())));
        response.content(createContent().addMediaType(Problem.MEDIA_TYPE, media));
        if (rule.retryAfter()) {
            response.addHeader(RETRY_AFTER, createHeader().ref(RETRY_AFTER));
        }
        if (rule.status().equals("401")) {
            response.addHeader(
                    "WWW-Authenticate",
                    createHeader()
                            .description("Always Bearer.")
                            .schema(createSchema()
                                    .addType(Schema.SchemaType.STRING)
                                    .enumeration(List.of("Bearer"))));
        }
        return response;
    }

    private static Content problemContent() {
        return createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        createMediaType().schema(createSchema().ref(PROBLEM)));
    }

    private static Map<String, Object> exampleOf(Problem problem, String status) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", problem.getType());
        example.put("title", problem.getTitle());
        example.put("status", problem.getStatus());
        example.put("detail", problem.getDetail());
        example.put(
                "instance",
                status.equals("400")
                        ? "/programmes/0b6c4d4e-7f0a-4b8e-9a39-5d3f1f6f2a11/summary"
                        : "/programmes/0b6c4d4e-7f0a-4b8e-9a39-5d3f1f6f2a11");
        example.put("requestId", "6f1d2c3b-8a4e-4f5a-9b7c-2d1e0f3a4b5c");
        if (problem.getViolations() != null) {
            example.put(
                    "violations",
                    problem.getViolations().stream()
                            .map(v -> Map.of("field", v.field(), "message", v.message()))
                            .toList());
        }
        return example;
    }

    private static Schema problemSchema() {
        return createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem details body (application/problem+json), the answer to every error. "
                        + "Branch on type, a stable URN per kind of problem; a bad request lists each offending field or "
                        + "parameter in violations. Some kinds add members of their own (e.g. errors of an import, "
                        + "missingFacts of a refused redemption).")
                .addRequired("type")
                .addRequired("title")
                .addRequired("status")
                .addProperty(
                        "type",
                        text("A stable URN per kind of problem: urn:civic:problem:<kind>.", 100)
                                .format("uri")
                                .pattern("^urn:civic:problem:[a-z0-9-]+$")
                                .examples(List.of("urn:civic:problem:not-found")))
                .addProperty(
                        "title",
                        text("The kind of problem in words, the same for every problem of its type.", 200)
                                .examples(List.of("Not found")))
                .addProperty(
                        "status",
                        createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .minimum(BigDecimal.valueOf(400))
                                .maximum(BigDecimal.valueOf(599))
                                .description("The HTTP status."))
                .addProperty(
                        "detail",
                        text("What went wrong with this request, for people.", 2000)
                                .examples(List.of("Project 9d4c2f0e-5a1b-4c3d-8e7f-0a1b2c3d4e5f does not exist")))
                .addProperty(
                        "instance",
                        text("The path of the request (as the answering service saw it).", 2000)
                                .examples(List.of("/projects/9d4c2f0e-5a1b-4c3d-8e7f-0a1b2c3d4e5f")))
                .addProperty(
                        "requestId",
                        text("The request's X-Request-Id; quote it when reporting a problem.", 64)
                                .pattern("^[A-Za-z0-9._:-]{1,64}$")
                                .examples(List.of("6f1d2c3b-8a4e-4f5a-9b7c-2d1e0f3a4b5c")))
                .addProperty(
                        "violations",
                        createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .description("For a bad request: each offending field or parameter, sorted by field.")
                                .items(createSchema().ref(VIOLATION)))
                .additionalPropertiesBoolean(true);
    }

    private static Schema violationSchema() {
        return createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One offending field or parameter.")
                .addRequired("field")
                .addRequired("message")
                .addProperty(
                        "field",
                        text("A body field as a path (indicators[0].key), or a parameter or header name.", 500)
                                .examples(List.of("indicators[0].target")))
                .addProperty("message", text("What is wrong with it.", 1000).examples(List.of("must not be null")));
    }

    private static Schema text(String description, int maxLength) {
        return createSchema()
                .addType(Schema.SchemaType.STRING)
                .maxLength(maxLength)
                .description(description);
    }
}
