package org.civic.benefits.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** Typed configuration under {@code benefits.*}; keys are base64 and never logged. */
@ConfigMapping(prefix = "benefits")
public interface BenefitsConfig {

    /** Where "today", calendar years and months of quotas are reckoned. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    Crypto crypto();

    Pass pass();

    Batch batch();

    interface Crypto {

        /** AES-256-GCM key (32 bytes, base64) for name, national ID number and phone. */
        String dataKey();

        /** HMAC-SHA256 key (at least 32 bytes, base64) for looking citizens up by national ID number. */
        String lookupKey();

        /** Demo keys start with "DEMO-ONLY"; the prod profile sets this to false and refuses them. */
        @WithDefault("false")
        boolean allowDemoKeys();
    }

    interface Pass {

        /** HMAC-SHA256 key (at least 32 bytes, base64) signing pass tokens. */
        String signingKey();

        /** How long a pass token is valid. */
        @WithDefault("PT5M")
        Duration ttl();
    }

    interface Batch {

        /** Candidates evaluated at most per batch-eligibility call, so that one call stays short. */
        @WithDefault("20000")
        int maxScan();
    }
}
