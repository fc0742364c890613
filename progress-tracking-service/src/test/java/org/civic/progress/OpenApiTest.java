package org.civic.progress;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.civic.testsupport.OpenApiContractTest;

@QuarkusTest
class OpenApiTest extends OpenApiContractTest {

    /** The figures (StatusResource) are documented on their own branch of issue 12; they join this contract when it merges. */
    @Override
    protected Set<String> pathsLeftOut() {
        return Set.of(
                "/projects/{projectId}/status",
                "/programmes/{programmeId}/summary",
                "/status",
                "/projects/{projectId}/indicators/{key}/series");
    }
}
