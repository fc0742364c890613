package org.civic.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks read the overlays as this module's Kustomize renders them; where kubectl is installed, they must be
 * exactly what {@code kubectl kustomize} renders, so the checks never pass on a rendering kubectl would not apply.
 */
class KustomizeRenderingTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void theOverlayRendersAsKubectlKustomizeRendersIt(String overlay) throws Exception {
        Path directory = Overlay.KUBERNETES.resolve("overlays").resolve(overlay);
        Path output = Files.createTempFile("kustomize-" + overlay, ".yaml");
        try {
            Process kubectl;
            try {
                kubectl = new ProcessBuilder("kubectl", "kustomize", directory.toString())
                        .redirectOutput(output.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
            } catch (IOException notInstalled) {
                assumeTrue(false, "kubectl is not installed: compared with kubectl kustomize only where it is");
                return;
            }
            assumeTrue(kubectl.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
            assertEquals(0, kubectl.exitValue(), "kubectl kustomize " + directory);
            assertEquals(byId(Kustomize.readAll(output)), byId(Kustomize.render(directory)));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> resources) {
        Map<String, Map<String, Object>> byId = new TreeMap<>();
        resources.forEach(resource -> byId.put(Kustomize.id(resource), resource));
        return byId;
    }
}
