package org.civic.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.civic.common.openapi.ErrorResponses;
import org.civic.common.security.Roles;
import org.civic.gateway.api.ApiSchemas;
import org.civic.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * The one OpenAPI document of the public API: the services' documents under /api/v1 (only the paths the gateway
 * really routes to that service), the gateway's own operations, schemas prefixed by service so that names never
 * collide, and what only the gateway adds to every operation: the public credentials, 429 with the RateLimit-*
 * headers, and 502/504 where a service answers. The problem+json components from common ({@code Problem}, the error
 * responses, Retry-After) are the same in every document and kept once, unprefixed. Reused for
 * {@code gateway.open-api-fresh-for}; a service that cannot be read is named in {@code x-incomplete} and the document
 * is rebuilt on the next request.
 */
@ApplicationScoped
public class ApiDocument {

    private static final Logger LOG = Logger.getLogger(ApiDocument.class);
    static final String API_KEY = "ApiKey";
    static final String STAFF_TOKEN = "StaffToken";
    /** On a gateway operation that reads services (a view): it can also answer 502 and 504. */
    public static final String CALLS_SERVICES = "x-civic-calls-services";

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String RESPONSES = "#/components/responses/";
    private static final Set<String> SHARED_SCHEMAS = Set.of(ErrorResponses.PROBLEM, ErrorResponses.VIOLATION);
    private static final List<String> CLIENT_SCOPES =
            List.of(Roles.PUBLIC_READ, Roles.PROGRESS_WRITE, Roles.BENEFITS_VERIFY);
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private final ObjectMapper json;
    private final Routes routes;
    private final GatewayConfig config;
    private final OpenApiDocumentService own;
    private final HttpClient client;
    private volatile ObjectNode cached;
    private volatile Instant cachedAt = Instant.MIN;
    private volatile ObjectNode latest;
    private volatile Instant latestAt = Instant.MIN;

    public ApiDocument(ObjectMapper json, Routes routes, GatewayConfig config, OpenApiDocumentService own) {
        this.json = json;
        this.routes = routes;
        this.config = config;
        this.own = own;
        this.client =
                HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    public ObjectNode document() {
        ObjectNode current = cached;
        if (fresh()) {
            return current;
        }
        ObjectNode merged = build();
        latest = merged;
        latestAt = Instant.now();
        if (!merged.has("x-incomplete")) {
            cached = merged;
            cachedAt = Instant.now();
        }
        return merged;
    }

    /** The last document built, without building one (null before the first); for lookups on the event loop. */
    public ObjectNode latest() {
        return latest;
    }

    /** When {@link #latest()} was built. */
    public Instant latestAt() {
        return latestAt;
    }

    private boolean fresh() {
        return cached != null && cachedAt.plus(config.openApiFreshFor()).isAfter(Instant.now());
    }

    private ObjectNode build() {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.1.0"); // as the services' documents (JSON Schema "examples" in schemas)
        String docs = config.publicUrl() + PublicPath.PREFIX + "docs";
        doc.putObject("info")
                .put("title", "Civic Projects Suite API")
                .put("version", "1")
                .put(
                        "description",
                        "Practical projects for the people (为民办实事项目): what each city promised, what "
                                + "happened, and the benefits it grants citizens. Errors are RFC 9457 problem+json (the Problem "
                                + "schema), money is a string with two decimals, unknown values are null. What may change within "
                                + "/api/v1 and how operations are deprecated (Deprecation and Sunset headers): the versioning "
                                + "policy, docs/api-versioning.md in the suite's repository.")
                .putObject("contact")
                .put("name", "Civic Projects Suite")
                .put("url", docs);
        doc.putArray("servers")
                .addObject()
                .put("url", config.publicUrl())
                .put("x-internal", false)
                .put(
                        "description",
                        "This deployment's gateway (gateway.public-url); the local demo suite of ./suite up "
                                + "is http://localhost:8080, production sets its https address.");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        describeSecurity(doc, components);
        ArrayNode tags = doc.putArray("tags");
        List<String> incomplete = new ArrayList<>();
        Set<String> forwarded = new HashSet<>();
        List<Routes.Service> services = Stream.of(Routes.Service.values())
                .sorted(Comparator.comparing(Routes.Service::schemaPrefix))
                .toList();
        for (Routes.Service service : services) {
            String name = service.schemaPrefix();
            String baseUrl = routes.baseUrl(service);
            try {
                forwarded.addAll(merge(fetch(baseUrl), name, baseUrl, doc, tags));
            } catch (IOException | RuntimeException e) {
                LOG.warnf("OpenAPI of %s unavailable: %s", name, e.toString());
                incomplete.add(name);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                incomplete.add(name);
            }
        }
        try {
            merge(json.readTree(own.getDocument("<default>", Format.JSON)), "Gateway", null, doc, tags);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (!incomplete.isEmpty()) {
            ArrayNode missing = doc.putArray("x-incomplete");
            incomplete.forEach(missing::add);
        }
        Set<String> rateLimited = new HashSet<>();
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode op) {
                        gatewayAnswers(op, forwarded.contains(path.getKey()), rateLimited);
                        name(op, operation.getKey(), path.getKey());
                    }
                }));
        rateLimited.forEach(
                component -> rateHeaders(components.path("responses").path(component)));
        replaceDanglingReferences(doc, schemas);
        keepReferencedSchemas(doc, schemas);
        keepUsedTags(doc, tags);
        return doc;
    }

    /** A service's tag whose operations are not public (the registry's change feed) is not the public document's. */
    private static void keepUsedTags(ObjectNode doc, ArrayNode tags) {
        Set<String> used = new HashSet<>();
        doc.path("paths").forEach(item -> item.forEach(op -> op.path("tags").forEach(tag -> used.add(tag.asText()))));
        for (Iterator<JsonNode> tag = tags.elements(); tag.hasNext(); ) {
            if (!used.contains(tag.next().path("name").asText())) {
                tag.remove();
            }
        }
    }

    /** How callers authenticate to the gateway: an API key or a staff token, on every operation unless it says otherwise. */
    private void describeSecurity(ObjectNode doc, ObjectNode components) {
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject(API_KEY)
                .put("type", "apiKey")
                .put("in", "header")
                .put("name", "X-API-Key")
                .put(
                        "description",
                        "An API client's key (created by an admin, shown once). Scopes: public:read, "
                                + "progress:write, benefits:verify; each client has its own rate limit.");
        schemes.putObject(STAFF_TOKEN)
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put(
                        "description",
                        "A staff member's token from the identity provider; roles in \"groups\": admin, "
                                + "editor (bound to the \"department\" claim), reviewer, benefits-officer, dashboard. Verified "
                                + "as RFC8725 (JWT best current practices) advises: RS256 with the provider's key only, issuer "
                                + "checked, iat required and not in the future, exp at most 12 h after it.");
        ArrayNode security = doc.putArray("security");
        security.addObject().putArray(API_KEY);
        security.addObject().putArray(STAFF_TOKEN);
    }

    /**
     * What the gateway itself adds to an operation: 400 on every one (RawPathCheck refuses a broken path or query
     * string on every route, whether or not the operation takes parameters), the public credentials and, unless it is
     * open (security: [], the documentation), 429 and the RateLimit-* headers on every 2xx and 4xx answer; 502 and
     * 504 where a service answers (forwarded operations and the views).
     */
    private void gatewayAnswers(ObjectNode op, boolean forwardedToService, Set<String> rateLimited) {
        ObjectNode responses = op.has("responses") ? (ObjectNode) op.get("responses") : op.putObject("responses");
        refIfAbsent(responses, "400", ErrorResponses.BAD_REQUEST);
        JsonNode requirements = op.path("security");
        boolean open = requirements.isArray()
                && StreamSupport.stream(requirements.spliterator(), false).allMatch(JsonNode::isEmpty);
        if (open) {
            op.putArray("security"); // none: no credentials at all
            sortByStatus(op);
            return;
        }
        publicSecurity(op);
        refIfAbsent(responses, "429", GatewayErrorResponses.TOO_MANY_REQUESTS);
        boolean callsServices = forwardedToService || op.remove(CALLS_SERVICES) != null;
        if (callsServices) {
            refIfAbsent(responses, "502", GatewayErrorResponses.BAD_GATEWAY);
            refIfAbsent(responses, "504", GatewayErrorResponses.GATEWAY_TIMEOUT);
        }
        responses.fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2") || response.getKey().startsWith("4")) {
                String ref = response.getValue().path("$ref").asText("");
                if (ref.startsWith(RESPONSES)) {
                    rateLimited.add(ref.substring(RESPONSES.length()));
                } else {
                    rateHeaders(response.getValue());
                }
            }
        });
        sortByStatus(op);
    }

    private void sortByStatus(ObjectNode op) {
        TreeMap<String, JsonNode> byStatus = new TreeMap<>();
        op.path("responses")
                .fields()
                .forEachRemaining(response -> byStatus.put(response.getKey(), response.getValue()));
        ObjectNode sorted = json.createObjectNode();
        byStatus.forEach(sorted::set);
        op.set("responses", sorted);
    }

    private static void refIfAbsent(ObjectNode responses, String status, String component) {
        if (!responses.has(status)) {
            responses.putObject(status).put("$ref", RESPONSES + component);
        }
    }

    private static void rateHeaders(JsonNode response) {
        if (response instanceof ObjectNode answer) {
            ObjectNode headers =
                    answer.has("headers") ? (ObjectNode) answer.get("headers") : answer.putObject("headers");
            GatewayErrorResponses.RATE_LIMIT_HEADERS.forEach(name -> {
                if (!headers.has(name)) {
                    headers.putObject(name).put("$ref", "#/components/headers/" + name);
                }
            });
        }
    }

    /** A stable operationId for generated clients where the operation names none: GET /api/v1/projects/{id} → getProjectsById. */
    private static void name(ObjectNode op, String method, String path) {
        if (!op.has("operationId")) {
            StringBuilder id = new StringBuilder(method.toLowerCase());
            for (String segment : path.substring(PublicPath.PREFIX.length()).split("[/-]")) {
                boolean parameter = segment.startsWith("{");
                String word = segment.replaceAll("[^A-Za-z0-9]", "");
                if (!word.isEmpty()) {
                    id.append(parameter ? "By" : "")
                            .append(Character.toUpperCase(word.charAt(0)))
                            .append(word.substring(1));
                }
            }
            op.put("operationId", id.toString());
        }
    }

    /**
     * A service describes its operations with its internal scheme (the identity the gateway signs); publicly they take
     * the credentials that can carry what they need: an API key when one of its scopes would do, a staff token when one
     * of the staff roles would, either when they name nothing. What they need is listed in {@code x-roles} and the
     * description.
     */
    private void publicSecurity(ObjectNode op) {
        List<String> roles = new ArrayList<>();
        op.path("security")
                .forEach(requirement -> requirement.forEach(names -> names.forEach(r -> roles.add(r.asText()))));
        ArrayNode security = op.putArray("security");
        if (roles.isEmpty()) {
            security.addObject().putArray(API_KEY);
            security.addObject().putArray(STAFF_TOKEN);
            return;
        }
        List<String> scopes = roles.stream()
                .flatMap(role -> expand(role).stream())
                .filter(CLIENT_SCOPES::contains)
                .distinct()
                .toList();
        List<String> staff = roles.stream()
                .flatMap(role -> expand(role).stream())
                .filter(Roles.STAFF_ROLES::contains)
                .distinct()
                .toList();
        // The roles go into x-roles rather than the requirements' lists, which spectral reads as OAuth scopes.
        if (!scopes.isEmpty()) {
            security.addObject().putArray(API_KEY);
        }
        if (!staff.isEmpty()) {
            security.addObject().putArray(STAFF_TOKEN);
        }
        ArrayNode listed = op.putArray("x-roles");
        roles.forEach(listed::add);
        String needs = "Needs one of: " + String.join(", ", roles) + ".";
        op.put("description", op.has("description") ? op.get("description").asText() + " " + needs : needs);
    }

    /** The roles and scopes a derived role stands for (common's DerivedRoles). */
    private static List<String> expand(String role) {
        return switch (role) {
            case Roles.STAFF -> List.copyOf(Roles.STAFF_ROLES);
            case Roles.READER ->
                Stream.concat(Roles.STAFF_ROLES.stream(), Stream.of(Roles.PUBLIC_READ, Roles.PROGRESS_WRITE))
                        .toList();
            default -> List.of(role);
        };
    }

    private JsonNode fetch(String baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                        .timeout(Duration.ofSeconds(3))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("status " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    /**
     * Adds one document's paths (under /api/v1, when routed to {@code baseUrl}; the gateway's own when it is null) and
     * its schemas, prefixed; common's components are added once, as they are. Answers the public paths it added.
     */
    private Set<String> merge(JsonNode source, String prefix, String baseUrl, ObjectNode doc, ArrayNode tags) {
        Set<String> own = new HashSet<>();
        source.path("components").path("schemas").fieldNames().forEachRemaining(own::add);
        own.removeAll(SHARED_SCHEMAS);
        rename(source, prefix, own);
        Set<String> added = new HashSet<>();
        ObjectNode paths = (ObjectNode) doc.get("paths");
        Iterator<Map.Entry<String, JsonNode>> entries = source.path("paths").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String path = entry.getKey();
            if (baseUrl == null
                    ? path.startsWith(PublicPath.PREFIX) && !path.contains("{path")
                    : routedTo(path, baseUrl)) {
                String publicPath = baseUrl == null ? path : PublicPath.PREFIX + path.substring(1);
                paths.set(publicPath, entry.getValue());
                added.add(publicPath);
            }
        }
        ObjectNode components = (ObjectNode) doc.get("components");
        source.path("components").fields().forEachRemaining(kind -> {
            if (kind.getKey().equals("securitySchemes")) {
                return;
            }
            ObjectNode target = components.has(kind.getKey())
                    ? (ObjectNode) components.get(kind.getKey())
                    : components.putObject(kind.getKey());
            kind.getValue().fields().forEachRemaining(component -> {
                boolean prefixed = kind.getKey().equals("schemas") && own.contains(component.getKey());
                String name = prefixed ? prefix + component.getKey() : component.getKey();
                // common's shared components are the same everywhere; the gateway's own copy (merged last) wins
                if (prefixed || baseUrl == null || !target.has(name)) {
                    target.set(name, component.getValue());
                }
            });
        });
        source.path("tags").forEach(tag -> {
            if (!tags.findValuesAsText("name").contains(tag.path("name").asText())) {
                tags.add(tag);
            }
        });
        return added;
    }

    /**
     * Prefixes the references to a document's own schemas; references to common's shared ones, and those by which the
     * gateway's views name a service's schema (already prefixed), stay. A list part's {@code x-items-ref} becomes its
     * {@code items}.
     */
    private static void rename(JsonNode node, String prefix, Set<String> own) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null
                    && ref.isTextual()
                    && ref.asText().startsWith(SCHEMAS)
                    && own.contains(ref.asText().substring(SCHEMAS.length()))) {
                object.put("$ref", SCHEMAS + prefix + ref.asText().substring(SCHEMAS.length()));
            }
            if (object.has(ApiSchemas.ITEMS_REF)
                    || object.has(ApiSchemas.OPTIONAL)
                    || object.has(ApiSchemas.ONE_OF_REFS)) {
                describePart(object);
                return;
            }
            object.elements().forEachRemaining(child -> rename(child, prefix, own));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rename(child, prefix, own));
        }
    }

    /**
     * A view part of the gateway's own records, as ApiSchemas describes it: the service's schema, a list of it, one of
     * several schemas, either or null when optional. Written whole, as the annotations describe the Java type (JsonNode) around it.
     */
    private static void describePart(ObjectNode part) {
        boolean optional = part.path(ApiSchemas.OPTIONAL).asBoolean(false);
        JsonNode items = part.get(ApiSchemas.ITEMS_REF);
        JsonNode oneOf = part.get(ApiSchemas.ONE_OF_REFS);
        String ref = part.path("$ref").asText();
        String description = part.path("description").asText(null);
        part.removeAll();
        if (items != null) {
            ArrayNode type = part.putArray("type").add("array");
            if (optional) {
                type.add("null");
            }
            part.putObject("items").put("$ref", SCHEMAS + items.asText());
        } else if (oneOf != null || optional) {
            ArrayNode anyOf = part.putArray("anyOf");
            if (oneOf != null) {
                for (String name : oneOf.asText().split(",")) {
                    anyOf.addObject().put("$ref", SCHEMAS + name.strip());
                }
            } else {
                anyOf.addObject().put("$ref", ref);
            }
            if (optional) {
                anyOf.addObject().put("type", "null");
            }
        } else {
            part.put("$ref", ref);
        }
        if (description != null) {
            part.put("description", description);
        }
    }

    /**
     * A view part names the schema its service documents; when that service's document is unavailable (or names the
     * schema otherwise), the part is described as an object rather than left pointing nowhere.
     */
    private void replaceDanglingReferences(JsonNode node, ObjectNode schemas) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null
                    && ref.isTextual()
                    && ref.asText().startsWith(SCHEMAS)
                    && !schemas.has(ref.asText().substring(SCHEMAS.length()))) {
                String missing = ref.asText().substring(SCHEMAS.length());
                LOG.debugf("merged OpenAPI: %s is not described by its service's document", missing);
                object.remove("$ref");
                object.put("type", "object");
                object.put(
                        "description",
                        (object.has("description") ? object.get("description").asText() + " " : "")
                                + "As the owning service answers it (" + missing + ").");
            }
            object.elements().forEachRemaining(child -> replaceDanglingReferences(child, schemas));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> replaceDanglingReferences(child, schemas));
        }
    }

    /**
     * Only the schemas that something published refers to, directly or through other schemas: those of a path that is
     * not published (a test's resource, a path the gateway does not route) stay out.
     */
    private static void keepReferencedSchemas(ObjectNode doc, ObjectNode schemas) {
        ObjectNode outsideSchemas = doc.deepCopy();
        ((ObjectNode) outsideSchemas.get("components")).remove("schemas");
        Deque<JsonNode> referring = new ArrayDeque<>(List.of(outsideSchemas));
        Set<String> used = new HashSet<>();
        while (!referring.isEmpty()) {
            for (String ref : referring.pop().findValuesAsText("$ref")) {
                if (ref.startsWith(SCHEMAS) && used.add(ref.substring(SCHEMAS.length()))) {
                    referring.push(schemas.path(ref.substring(SCHEMAS.length())));
                }
            }
        }
        schemas.retain(used);
    }

    private boolean routedTo(String path, String baseUrl) {
        String concrete = path.substring(1).replaceAll("\\{[^}]+}", "x");
        return routes.route(concrete)
                .map(target -> target.baseUrl().equals(baseUrl))
                .orElse(false);
    }
}
