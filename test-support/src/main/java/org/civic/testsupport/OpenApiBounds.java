package org.civic.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two promises of a service's OpenAPI document that the gateway's lint (spectral, {@code .spectral.yaml}) also checks
 * on the merged one, here for each service's own tests: every string a caller sends is bounded, and every list answers
 * a named page. Used by {@link OpenApiContractTest} and the registry's own contract test.
 */
public final class OpenApiBounds {

    private static final Set<String> PAGE_ENVELOPE = Set.of("items", "page", "size", "total");

    private OpenApiBounds() {}

    /**
     * The strings of an operation's parameters and request bodies (through references, properties, items, map keys
     * and values, alternatives) with neither maxLength, enum nor const: OWASP API4, what a caller may send is bounded.
     */
    public static List<String> unboundedRequestStrings(JsonNode document, String operationName, JsonNode operation) {
        List<String> unbounded = new ArrayList<>();
        operation
                .path("parameters")
                .forEach(parameter -> collect(
                        document,
                        parameter.path("schema"),
                        operationName + " " + parameter.path("in").asText() + " "
                                + parameter.path("name").asText(),
                        unbounded,
                        new HashSet<>()));
        operation
                .path("requestBody")
                .path("content")
                .properties()
                .forEach(media -> collect(
                        document,
                        media.getValue().path("schema"),
                        operationName + " body " + media.getKey(),
                        unbounded,
                        new HashSet<>()));
        return unbounded;
    }

    /**
     * The page envelopes ({@code items, page, size, total}) that are not a named {@code common/web/PageSchema}
     * subclass: named {@code …Page}, with all four members required (an envelope smallrye made from
     * {@code Page<T>} itself is named {@code PageT} and requires nothing).
     */
    public static List<String> anonymousPages(JsonNode document) {
        List<String> anonymous = new ArrayList<>();
        document.path("components").path("schemas").properties().forEach(schema -> {
            Set<String> members = new HashSet<>();
            schema.getValue().path("properties").fieldNames().forEachRemaining(members::add);
            Set<String> required = new HashSet<>();
            schema.getValue().path("required").forEach(name -> required.add(name.asText()));
            if (members.equals(PAGE_ENVELOPE)
                    && (!schema.getKey().endsWith("Page") || !required.equals(PAGE_ENVELOPE))) {
                anonymous.add(schema.getKey());
            }
        });
        return anonymous;
    }

    private static void collect(
            JsonNode document, JsonNode schema, String at, List<String> unbounded, Set<String> seen) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (seen.add(ref)) {
                collect(document, document.at(ref.substring(1)), at, unbounded, seen);
            }
            return;
        }
        if (isString(schema) && !schema.has("maxLength") && !schema.has("enum") && !schema.has("const")) {
            unbounded.add(at);
        }
        schema.path("properties")
                .properties()
                .forEach(property ->
                        collect(document, property.getValue(), at + "." + property.getKey(), unbounded, seen));
        for (String nested : List.of("items", "additionalProperties", "propertyNames")) {
            if (schema.path(nested).isObject()) {
                collect(document, schema.get(nested), at + "." + nested, unbounded, seen);
            }
        }
        for (String alternatives : List.of("oneOf", "anyOf", "allOf")) {
            schema.path(alternatives).forEach(alternative -> collect(document, alternative, at, unbounded, seen));
        }
    }

    private static boolean isString(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (one.asText().equals("string")) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().equals("string");
    }
}
