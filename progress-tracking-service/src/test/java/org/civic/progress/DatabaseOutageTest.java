package org.civic.progress;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.civic.testsupport.DatabaseOutageContractTest;

@QuarkusTest
@TestProfile(DatabaseOutageTest.WithoutRegistry.class)
class DatabaseOutageTest extends DatabaseOutageContractTest {

    /** Only progress's own database matters here; the registry is not started (and nothing else is asked). */
    public static class WithoutRegistry extends DatabaseOutageContractTest.Profile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.registry.url", "http://127.0.0.1:9");
        }
    }

    @Override
    protected String databaseRead() {
        return "/projects/00000000-0000-0000-0000-000000000001/milestones";
    }
}
