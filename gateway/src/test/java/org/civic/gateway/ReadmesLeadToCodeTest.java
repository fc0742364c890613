package org.civic.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module README's "Where each rule lives" table names, for every rule, the class and method that implement
 * it and the test that shows it ({@code `StatusCalculator.health`}). A newcomer follows them in two hops, so a
 * rename that leaves a README behind fails here rather than misleading the next reader.
 */
class ReadmesLeadToCodeTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> MODULES = List.of(
            "common",
            "project-registry-service",
            "progress-tracking-service",
            "benefits-service",
            "gateway",
            "deploy-check");
    private static final String SECTION = "## Where each rule lives";
    /** `Class.method`, `Class.CONSTANT` or `Class` in a table cell. */
    private static final Pattern REFERENCE = Pattern.compile("`([A-Z][A-Za-z0-9]*)(?:\\.([A-Za-z][A-Za-z0-9_]*))?`");

    @Test
    void everyClassAndMethodARulesTableNamesExists() {
        List<String> broken = new ArrayList<>();
        int references = 0;
        for (String module : MODULES) {
            List<String> rows = tableRows(module);
            assertTrue(rows.size() >= 5, module + "/README.md needs a '" + SECTION + "' table with a row per rule");
            Map<String, List<Path>> sources = sourcesByClass(module);
            for (String row : rows) {
                // the code is named in the second and third cells; the first describes the rule in words
                String[] cells = row.split("\\|");
                Matcher reference = REFERENCE.matcher(cells.length > 3 ? cells[2] + "|" + cells[3] : "");
                while (reference.find()) {
                    references++;
                    String type = reference.group(1);
                    String method = reference.group(2);
                    List<Path> files = sources.getOrDefault(type, List.of());
                    if (files.isEmpty()) {
                        broken.add(module + ": no class " + type);
                    } else if (method != null && files.stream().noneMatch(file -> declares(file, method))) {
                        broken.add(module + ": " + type + " declares no " + method);
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "READMEs name code that is not there (" + references + " references read)");
    }

    private static List<String> tableRows(String module) {
        List<String> lines =
                read(ROOT.resolve(module).resolve("README.md")).lines().toList();
        int start = lines.indexOf(SECTION);
        if (start < 0) {
            return List.of();
        }
        return lines.subList(start + 1, lines.size()).stream()
                .takeWhile(line -> !line.startsWith("## "))
                .filter(line -> line.startsWith("|") && !line.startsWith("|--") && !line.startsWith("| Rule"))
                .toList();
    }

    /**
     * The module's, common's and test-support's classes, and every module's tests, by simple name (nested types by
     * their own name): a shared rule may be shown by another module's test.
     */
    private static Map<String, List<Path>> sourcesByClass(String module) {
        List<Path> roots = new ArrayList<>(List.of(
                ROOT.resolve(module).resolve("src/main"),
                ROOT.resolve("common/src"),
                ROOT.resolve("test-support/src")));
        MODULES.forEach(each -> roots.add(ROOT.resolve(each).resolve("src/test")));
        return roots.stream()
                .filter(Files::isDirectory)
                .flatMap(ReadmesLeadToCodeTest::javaFiles)
                .flatMap(file -> declaredTypes(file).stream().map(type -> Map.entry(type, file)))
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static List<String> declaredTypes(Path file) {
        Matcher type = Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Z][A-Za-z0-9]*)")
                .matcher(read(file));
        List<String> names = new ArrayList<>();
        while (type.find()) {
            names.add(type.group(1));
        }
        return names;
    }

    /** A method declared (not only called), or a constant defined. */
    private static boolean declares(Path file, String member) {
        String declaration = member.equals(member.toUpperCase())
                ? "\\b" + member + "\\s*[=(,;]"
                : "(?m)^\\s*(?!return\\b|throw\\b|new\\b)(?:[\\w@<>\\[\\],.?]+\\s+)+" + member + "\\s*\\(";
        return Pattern.compile(declaration).matcher(read(file)).find();
    }

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
