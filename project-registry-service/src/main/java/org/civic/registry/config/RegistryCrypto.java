package org.civic.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration under {@code registry.crypto.*}; the key is base64 and never logged. */
@ConfigMapping(prefix = "registry.crypto")
public interface RegistryCrypto {

    /** AES-256-GCM key (32 bytes, base64) sealing suggestions' contact data. */
    String dataKey();

    /** Demo keys start with "DEMO-ONLY"; only the dev, test and demo profiles set this to true. */
    @WithDefault("false")
    boolean allowDemoKeys();
}
