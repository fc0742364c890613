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
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civic.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * The one OpenAPI document of the public API: the services' documents under /api/v1 (only the paths
 * the gateway really routes to that service), the gateway's own views, schemas prefixed by service so
 * that names never collide. Reused for {@code gateway.open-api-fresh-for}; a service that cannot be read is named in
 * {@code x-incomplete} and the document is rebuilt on the next request.
 */
@ApplicationScoped
public class ApiDocument {

    private static final Logger LOG = Logger.getLogger(ApiDocument.class);
    static final String API_KEY = "ApiKey";
    static final String STAFF_TOKEN = "StaffToken";
    private static final String SCHEMAS = "#/components/schemas/";

    private final ObjectMapper json;
    private final Routes routes;
    private final GatewayConfig config;
    private final OpenApiDocumentService own;
    private final HttpClient client;
    private volatile ObjectNode cached;
    private volatile Instant cachedAt = Instant.MIN;

    public ApiDocument(ObjectMapper json, Routes routes, GatewayConfig config, OpenApiDocumentService own) {
        this.json = json;
        this.routes = routes;
        this.config = config;
        this.own = own;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    public ObjectNode document() {
        ObjectNode current = cached;
        if (current != null && cachedAt.plus(config.openApiFreshFor()).isAfter(Instant.now())) {
            return current;
        }
        ObjectNode merged = build();
        if (!merged.has("x-incomplete")) {
            cached = merged;
            cachedAt = Instant.now();
        }
        return merged;
    }

    private ObjectNode build() {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.1.0"); // as the services' documents (JSON Schema "examples" in schemas)
        doc.putObject("info").put("title", "Civic Projects Suite API").put("version", "1")
                .put("description", "Practical projects for the people (为民办实事项目): what each city promised, what "
                        + "happened, and the benefits it grants citizens. Errors are RFC 9457 problem+json.")
                .putObject("contact").put("name", "Civic Projects Suite"); // a contact url must be absolute; the gateway knows no public host
        doc.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        describeSecurity(doc, components);
        ArrayNode tags = doc.putArray("tags");
        List<String> incomplete = new ArrayList<>();
        Map<String, String> services = Map.of("Registry", config.services().registry(),
                "Progress", config.services().progress(), "Benefits", config.services().benefits());
        for (Map.Entry<String, String> service : new java.util.TreeMap<>(services).entrySet()) {
            try {
                merge(fetch(service.getValue()), service.getKey(), service.getValue(), paths, schemas, tags);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("OpenAPI of %s unavailable: %s", service.getKey(), e.toString());
                incomplete.add(service.getKey());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                incomplete.add(service.getKey());
            }
        }
        try {
            merge(json.readTree(own.getDocument("<default>", Format.JSON)), "Gateway", null, paths, schemas, tags);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (!incomplete.isEmpty()) {
            ArrayNode missing = doc.putArray("x-incomplete");
            incomplete.forEach(missing::add);
        }
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            publicSecurity(operation.getValue());
            name(operation.getValue(), operation.getKey(), path.getKey());
        }));
        keepReferencedSchemas(doc, schemas);
        return doc;
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

    /** How callers authenticate to the gateway: an API key or a staff token, on every operation unless it says otherwise. */
    private void describeSecurity(ObjectNode doc, ObjectNode components) {
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject(API_KEY).put("type", "apiKey").put("in", "header").put("name", "X-API-Key")
                .put("description", "An API client's key (created by an admin, shown once). Scopes: public:read, "
                        + "progress:write, benefits:verify; each client has its own rate limit.");
        schemes.putObject(STAFF_TOKEN).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "A staff member's token from the identity provider; roles in \"groups\": admin, "
                        + "editor (bound to the \"department\" claim), reviewer, benefits-officer, dashboard.");
        ArrayNode security = doc.putArray("security");
        security.addObject().putArray(API_KEY);
        security.addObject().putArray(STAFF_TOKEN);
    }

    /** A stable operationId for generated clients, from the method and path: GET /api/v1/projects/{id} → getProjectsById. */
    private static void name(JsonNode operation, String method, String path) {
        if (operation instanceof ObjectNode op && !op.has("operationId")) {
            StringBuilder id = new StringBuilder(method.toLowerCase());
            for (String segment : path.substring(PublicPath.PREFIX.length()).split("[/-]")) {
                boolean parameter = segment.startsWith("{");
                String word = segment.replaceAll("[^A-Za-z0-9]", "");
                if (!word.isEmpty()) {
                    id.append(parameter ? "By" : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
            op.put("operationId", id.toString());
        }
    }

    /**
     * A service describes its operations with its internal scheme (the identity the gateway signs); publicly
     * they take either credential, and the roles or scopes they need are listed in {@code x-roles} and the
     * description.
     */
    private void publicSecurity(JsonNode operation) {
        if (!(operation instanceof ObjectNode op) || !op.has("security")) {
            return;
        }
        List<String> roles = new ArrayList<>();
        op.path("security").forEach(requirement -> requirement.forEach(names -> names.forEach(r -> roles.add(r.asText()))));
        ArrayNode security = op.putArray("security");
        security.addObject().putArray(API_KEY);
        security.addObject().putArray(STAFF_TOKEN);
        if (!roles.isEmpty()) {
            ArrayNode listed = op.putArray("x-roles");
            roles.forEach(listed::add);
            String needs = "Needs one of: " + String.join(", ", roles) + ".";
            op.put("description", op.has("description") ? op.get("description").asText() + " " + needs : needs);
        }
    }

    private JsonNode fetch(String baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                .timeout(Duration.ofSeconds(3)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("status " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    /** Adds one document's paths (under /api/v1, when routed to {@code baseUrl}) and its prefixed schemas. */
    private void merge(JsonNode source, String prefix, String baseUrl, ObjectNode paths, ObjectNode schemas, ArrayNode tags)
            throws IOException {
        JsonNode renamed = json.readTree(json.writeValueAsString(source)
                .replace("\"#/components/schemas/", "\"#/components/schemas/" + prefix));
        Iterator<Map.Entry<String, JsonNode>> entries = renamed.path("paths").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String path = entry.getKey();
            if (baseUrl == null ? path.startsWith(PublicPath.PREFIX) && !path.contains("{path") : routedTo(path, baseUrl)) {
                paths.set(baseUrl == null ? path : PublicPath.PREFIX + path.substring(1), entry.getValue());
            }
        }
        renamed.path("components").path("schemas").fields()
                .forEachRemaining(schema -> schemas.set(prefix + schema.getKey(), schema.getValue()));
        renamed.path("tags").forEach(tag -> {
            if (!tags.findValuesAsText("name").contains(tag.path("name").asText())) {
                tags.add(tag);
            }
        });
    }

    private boolean routedTo(String path, String baseUrl) {
        String concrete = path.substring(1).replaceAll("\\{[^}]+}", "x");
        return routes.route(concrete).map(target -> target.baseUrl().equals(baseUrl)).orElse(false);
    }
}
