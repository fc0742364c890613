package org.civic.gateway.security;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaffTokenPolicyTest {

    final StaffTokenPolicy policy = new StaffTokenPolicy(Duration.ofHours(12), Duration.ofSeconds(60));
    final Instant now = Instant.parse("2026-12-01T00:00:00Z");
    final long at = now.getEpochSecond();

    @Test
    void aTokenIssuedNowForUpToTwelveHoursIsAccepted() {
        assertNull(policy.refusal(at, at + 12 * 3600, now));
        assertNull(policy.refusal(at + 60, at + 3600, now), "a minute of clock skew is tolerated");
    }

    @Test
    void aTokenFromTheFutureOrLivingLongerOrWithoutIatIsRefused() {
        assertNotNull(policy.refusal(at + 61, at + 3600, now));
        assertNotNull(policy.refusal(at, at + 12 * 3600 + 1, now));
        assertNotNull(policy.refusal(at, at + 3650L * 24 * 3600, now));
        assertNotNull(policy.refusal(null, at + 3600, now));
    }
}
