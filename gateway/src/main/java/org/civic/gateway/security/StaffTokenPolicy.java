package org.civic.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.civic.gateway.config.GatewayConfig;

/**
 * What a staff JWT must show beyond a valid signature, issuer and expiry (which smallrye-jwt checks): when it
 * was issued, not in the future, and a lifetime no longer than configured. So a token minted for ten years,
 * or dated tomorrow to outlive its expiry check, is refused.
 */
@ApplicationScoped
public class StaffTokenPolicy {

    private final Duration maxLifetime;
    private final Duration clockSkew;

    @Inject
    public StaffTokenPolicy(GatewayConfig config) {
        this(config.staffTokens().maxLifetime(), config.staffTokens().clockSkew());
    }

    StaffTokenPolicy(Duration maxLifetime, Duration clockSkew) {
        this.maxLifetime = maxLifetime;
        this.clockSkew = clockSkew;
    }

    /** Null when acceptable, otherwise why not. {@code issuedAt} and {@code expiresAt} are epoch seconds. */
    public String refusal(Long issuedAt, Long expiresAt, Instant now) {
        if (issuedAt == null || expiresAt == null) {
            return "The staff token must carry iat and exp.";
        }
        if (Instant.ofEpochSecond(issuedAt).isAfter(now.plus(clockSkew))) {
            return "The staff token is issued in the future (iat); check the identity provider's clock.";
        }
        if (Duration.ofSeconds(expiresAt - issuedAt).compareTo(maxLifetime) > 0) {
            return "The staff token is valid for longer than " + maxLifetime.toHours()
                    + " h; ask for a shorter-lived one.";
        }
        return null;
    }
}
