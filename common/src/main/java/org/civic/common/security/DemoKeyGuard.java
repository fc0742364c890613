package org.civic.common.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * The demo keys committed under {@code demo-keys/} are public knowledge: outside the demo, dev and test
 * profiles a service refuses to start while any key setting still points at one of them.
 */
@ApplicationScoped
public class DemoKeyGuard {

    static final String DEMO_KEYS = "demo-keys/";
    private static final List<String> KEY_SETTINGS = List.of(
            "mp.jwt.verify.publickey.location",
            "smallrye.jwt.sign.key.location",
            "gateway.identity.signing-key",
            "civic.service-identity.public-key",
            "progress.plan.signing-key");
    private static final List<String> DEMO_PROFILES = List.of("demo", "dev", "test");

    void refuseDemoKeys(@Observes StartupEvent start, Config config) {
        refuseDemoKeys(ConfigUtils.getProfiles(), config);
    }

    /** Throws when none of {@code profiles} is a demo profile and a key setting in {@code config} names a demo key. */
    public static void refuseDemoKeys(List<String> profiles, Config config) {
        if (profiles.stream().anyMatch(DEMO_PROFILES::contains)) {
            return;
        }
        for (String setting : KEY_SETTINGS) {
            config.getOptionalValue(setting, String.class)
                    .filter(value -> value.startsWith(DEMO_KEYS))
                    .ifPresent(value -> {
                        throw new IllegalStateException(
                                setting + " points at the demo key " + value + ", which is public: set it "
                                        + "to your own key (see the module README), or run the demo profile.");
                    });
        }
    }
}
