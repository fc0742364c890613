package org.civic.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civic.testsupport.PostgresDatabase;
import org.civic.testsupport.SiblingService;

/**
 * The whole suite for real behind the gateway under test: the registry, progress and benefits jars, each on a
 * fresh PostgreSQL database ({@link SiblingService}), and the gateway on its own. Used by {@link EndToEndTest};
 * a subclass with another {@link #database()} gets a suite of its own ({@link PublicEdgeFuzzTest}).
 */
public class RealSuite implements QuarkusTestProfile {

    /** The name part of the gateway's test database. */
    protected String database() {
        return "gatewaye2e";
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(PostgresDatabase.class, Map.of("service", database())),
                new TestResourceEntry(Services.class));
    }

    /** Starts the services in order: progress needs the registry's address. */
    public static class Services implements QuarkusTestResourceLifecycleManager {
        private final List<SiblingService> started = new ArrayList<>();

        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>();
            config.putAll(sibling(Sibling.REGISTRY, Map.of()));
            config.putAll(sibling(
                    Sibling.PROGRESS,
                    Map.of("system.quarkus.rest-client.registry.url", config.get(Sibling.REGISTRY.urlProperty()))));
            // Its demo profile carries demo encryption keys; prod refuses to start without real ones.
            config.putAll(sibling(Sibling.BENEFITS, Map.of("system.quarkus.profile", "demo")));
            return config;
        }

        private Map<String, String> sibling(Sibling sibling, Map<String, String> system) {
            Map<String, String> args = new HashMap<>(system);
            args.put("module", sibling.module);
            args.put("urlProperty", sibling.urlProperty());
            SiblingService service = new SiblingService();
            service.init(args);
            started.add(service);
            return service.start();
        }

        @Override
        public void stop() {
            started.forEach(SiblingService::stop);
        }
    }
}
