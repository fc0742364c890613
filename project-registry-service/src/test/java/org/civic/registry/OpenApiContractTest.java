package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.civic.testsupport.OpenApiBounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry's OpenAPI document, as the gateway reads it, is a contract app makers generate clients from: these
 * checks keep it from sliding back to untyped bodies, undescribed parameters and bodies without examples.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    /** The registry's own collections (test-support adds a probe resource to every test run's document). */
    private static final List<String> COLLECTIONS =
            List.of("/regions", "/departments", "/programmes", "/projects", "/changes");

    private static JsonNode document;

    /** Read in the first test, not in a {@code @BeforeAll}: only then does RestAssured know the test's port. */
    @BeforeEach
    void load() throws Exception {
        if (document == null) {
            document = new ObjectMapper()
                    .readTree(given().queryParam("format", "json")
                            .when()
                            .get("/q/openapi")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        }
    }

    @Test
    void everySuccessBodyHasATypedSchema() {
        List<String> untyped = new ArrayList<>();
        eachOperation((name, operation) -> operation.path("responses").fields().forEachRemaining(response -> {
            String status = response.getKey();
            if (!status.startsWith("2") || status.equals("204")) {
                return;
            }
            JsonNode content = response.getValue().path("content");
            if (content.isEmpty()) {
                untyped.add(name + " " + status + ": no content");
            }
            content.fields().forEachRemaining(media -> {
                if (!typed(media.getValue().path("schema"))) {
                    untyped.add(name + " " + status + " " + media.getKey() + ": empty schema");
                }
            });
        }));
        assertEquals(List.of(), untyped);
    }

    @Test
    void everyParameterIsDescribedAndIdsAreUuids() {
        List<String> wrong = new ArrayList<>();
        eachOperation((name, operation) -> operation.path("parameters").forEach(parameter -> {
            String label = name + " " + parameter.path("in").asText() + " "
                    + parameter.path("name").asText();
            if (parameter.path("description").asText().isBlank()) {
                wrong.add(label + ": no description");
            }
            String parameterName = parameter.path("name").asText();
            boolean id = parameterName.equals("id") || parameterName.endsWith("Id");
            if (parameter.path("in").asText().equals("path")
                    && id
                    && !resolve(parameter.path("schema"))
                            .path("format")
                            .asText()
                            .equals("uuid")) {
                wrong.add(label + ": not format uuid");
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyBodyHasAnExample() {
        List<String> without = new ArrayList<>();
        eachOperation((name, operation) -> {
            checkExamples(name + " request", operation.path("requestBody").path("content"), without);
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    checkExamples(
                            name + " " + response.getKey(), response.getValue().path("content"), without);
                }
            });
        });
        assertEquals(List.of(), without);
    }

    @Test
    void everyStringACallerSendsIsBounded() {
        List<String> unbounded = new ArrayList<>();
        eachOperation((name, operation) ->
                unbounded.addAll(OpenApiBounds.unboundedRequestStrings(document, name, operation)));
        assertEquals(List.of(), unbounded);
    }

    @Test
    void everyListAnswersANamedPage() {
        assertEquals(List.of(), OpenApiBounds.anonymousPages(document));
    }

    @Test
    void operationsHaveTheirStableIds() {
        Set<String> ids = new TreeSet<>();
        eachOperation((name, operation) -> ids.add(operation.path("operationId").asText()));
        assertEquals(
                new TreeSet<>(Set.of(
                        "listProjects",
                        "getProject",
                        "createProject",
                        "replaceProject",
                        "patchProject",
                        "deleteProject",
                        "cancelProject",
                        "getProjectHistory",
                        "listProgrammes",
                        "getProgramme",
                        "createProgramme",
                        "replaceProgramme",
                        "listProgrammeProjects",
                        "exportProgramme",
                        "importProgramme",
                        "getProgrammeOc4ids",
                        "listRegions",
                        "getRegion",
                        "createRegion",
                        "replaceRegion",
                        "listDepartments",
                        "getDepartment",
                        "createDepartment",
                        "replaceDepartment",
                        "listChanges",
                        "getChangesHead")),
                ids);
    }

    @Test
    void noJacksonInternalsAreDocumented() {
        List<String> found = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (schema.getKey().startsWith("JsonNode")
                    || schema.getValue().path("properties").has("nodeType")) {
                found.add(schema.getKey());
            }
        });
        assertEquals(List.of(), found);
    }

    private static void eachOperation(BiConsumer<String, JsonNode> check) {
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    if (METHODS.contains(operation.getKey())
                            && COLLECTIONS.stream().anyMatch(path.getKey()::startsWith)) {
                        check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                    }
                }));
    }

    /** A schema that says what the body is: a reference, a type, or a composition. */
    private static boolean typed(JsonNode schema) {
        return schema.has("$ref")
                || schema.has("type")
                || schema.has("anyOf")
                || schema.has("oneOf")
                || schema.has("allOf");
    }

    private static void checkExamples(String label, JsonNode content, List<String> without) {
        content.fields().forEachRemaining(media -> {
            JsonNode body = media.getValue();
            boolean binary =
                    resolve(body.path("schema")).path("format").asText().equals("binary");
            String missing = body.has("example") || body.has("examples") || binary
                    ? null
                    : missingExample(body.path("schema"), "body", new HashSet<>());
            if (missing != null) {
                without.add(label + " " + media.getKey() + ": no example for " + missing);
            }
        });
    }

    /**
     * Where a complete example cannot be read off the schema (null when it can): a schema has one itself, or is an
     * enumeration, or every member of the object (the items of an array, a branch of a union) has one.
     */
    private static String missingExample(JsonNode schema, String at, Set<String> seen) {
        if (schema.has("example") || schema.path("examples").size() > 0 || schema.has("enum")) {
            return null;
        }
        if (schema.has("$ref")) {
            return seen.add(schema.get("$ref").asText()) ? missingExample(resolve(schema), at, seen) : at;
        }
        for (String union : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(union)) {
                if (!branch.path("type").asText().equals("null")) {
                    return missingExample(branch, at, new HashSet<>(seen));
                }
            }
        }
        if (schema.has("items")) {
            return missingExample(schema.get("items"), at + "[]", seen);
        }
        if (schema.path("properties").isEmpty()) {
            return at;
        }
        for (Iterator<Map.Entry<String, JsonNode>> members =
                        schema.path("properties").fields();
                members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            String missing = missingExample(member.getValue(), at + "." + member.getKey(), new HashSet<>(seen));
            if (missing != null) {
                return missing;
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.startsWith("#/components/schemas/")
                ? document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }
}
