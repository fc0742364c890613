package org.civic.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The checked-in contract, docs/openapi/civic-api.json: the merged document as the gateway serves it, written with
 * sorted keys and one value a line so that a change shows as a small diff. The example clients are generated from it.
 * {@code -Dcontract.update=true} rewrites it from the served document instead of comparing.
 */
final class ContractSnapshot {

    static final Path FILE = Path.of("..", "docs", "openapi", "civic-api.json");
    static final String UPDATE_COMMAND = "./mvnw -B -ntp -pl gateway -am verify -Dtest=EndToEndTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dcontract.update=true";
    private static final int SHOWN = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractSnapshot() {}

    /** Null when the served document is the snapshot (or the snapshot was just rewritten), else what differs and how to update. */
    static String differences(String served) throws IOException {
        JsonNode actual = sorted(JSON.readTree(served));
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(FILE, render(actual), StandardCharsets.UTF_8);
            return null;
        }
        if (!Files.exists(FILE)) {
            return FILE.normalize() + " is missing. Write it with:\n  " + UPDATE_COMMAND;
        }
        String expectedText = Files.readString(FILE, StandardCharsets.UTF_8);
        if (expectedText.equals(render(actual))) {
            return null;
        }
        List<String> changes = new ArrayList<>();
        compare("", JSON.readTree(expectedText), actual, changes);
        String summary = changes.isEmpty()
                ? "  (same content, other formatting)\n"
                : String.join("\n", changes.subList(0, Math.min(SHOWN, changes.size()))) + "\n"
                        + (changes.size() > SHOWN ? "  … and " + (changes.size() - SHOWN) + " more\n" : "");
        return "The served /api/v1/openapi differs from " + FILE.normalize() + " in " + changes.size()
                + " place(s) (+ added, - removed, ~ changed):\n" + summary
                + "If the change is intended, rewrite the snapshot, review its diff and commit it with the change:\n  "
                + UPDATE_COMMAND + "\nThe example clients under examples/ are generated from it.";
    }

    /** The snapshot's text: two-space indents, one array element a line, a final newline. */
    static String render(JsonNode document) throws JsonProcessingException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(document) + "\n";
    }

    /** A copy with every object's keys in alphabetical order (array order is meaningful and kept). */
    static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            names(object).forEach(name -> copy.set(name, sorted(object.get(name))));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.createArrayNode();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static void compare(String where, JsonNode expected, JsonNode actual, List<String> changes) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (String name : names(expected, actual)) {
                String at = where.isEmpty() ? name : where + segment(name);
                if (!actual.has(name)) {
                    changes.add("  - " + at);
                } else if (!expected.has(name)) {
                    changes.add("  + " + at);
                } else {
                    compare(at, expected.get(name), actual.get(name), changes);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(where + "[" + i + "]", expected.get(i), actual.get(i), changes);
            }
        } else {
            changes.add("  ~ " + where + ": " + brief(expected) + " → " + brief(actual));
        }
    }

    private static TreeSet<String> names(JsonNode... objects) {
        TreeSet<String> names = new TreeSet<>();
        for (JsonNode object : objects) {
            object.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** paths['/api/v1/projects'].get.responses['200'] reads better than a JSON Pointer full of ~1. */
    private static String segment(String name) {
        return name.matches("[A-Za-z_$][A-Za-z0-9_$-]*") ? "." + name : "['" + name + "']";
    }

    private static String brief(JsonNode value) {
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "…" : text;
    }
}
