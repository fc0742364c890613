package org.civic.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civic.common.problem.Problem;
import org.civic.common.security.GatewayIdentity;
import org.civic.common.security.Roles;
import org.civic.gateway.config.GatewayConfig;
import org.civic.gateway.entity.ApiClient;
import org.civic.gateway.service.ApiClients;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and may they, for every /api/v1 call however it is served (the event-loop pass-through or the
 * gateway's own resources): an X-API-Key, or a staff bearer JWT verified by smallrye-jwt and StaffTokenPolicy;
 * the gateway's own admin API (AccessRules); within their rate (RateLimiter), where callers without valid
 * credentials share one bucket per address, checked before any key is looked up.
 */
@ApplicationScoped
public class Authenticator {

    public static final String API_KEY = "X-API-Key";

    /** Either an allowed caller with its rate decision, or the problem (and headers) to answer instead. */
    public record Verdict(
            EdgeCaller caller, RateLimiter.Decision decision, Problem problem, Map<String, String> headers) {

        public boolean allowed() {
            return problem == null;
        }

        /** RateLimit-* for every answer to an allowed caller. */
        public Map<String, String> rateHeaders() {
            return decision == null ? Map.of() : Authenticator.rateHeaders(decision);
        }
    }

    private static Map<String, String> rateHeaders(RateLimiter.Decision decision) {
        return Map.of(
                "RateLimit-Limit",
                Integer.toString(decision.limit()),
                "RateLimit-Remaining",
                Integer.toString(decision.remaining()),
                "RateLimit-Reset",
                Long.toString(decision.resetSeconds()));
    }

    private final ApiClients clients;
    private final AccessRules rules;
    private final RateLimiter limiter;
    private final StaffTokenPolicy staffTokens;
    private final int staffRatePerMinute;
    private final int unauthenticatedRatePerMinute;
    private final MeterRegistry metrics;

    public Authenticator(
            ApiClients clients,
            AccessRules rules,
            RateLimiter limiter,
            StaffTokenPolicy staffTokens,
            GatewayConfig config,
            MeterRegistry metrics) {
        this.metrics = metrics;
        this.clients = clients;
        this.rules = rules;
        this.limiter = limiter;
        this.staffTokens = staffTokens;
        this.staffRatePerMinute = config.staffRatePerMinute();
        this.unauthenticatedRatePerMinute = config.unauthenticatedRatePerMinute();
    }

    /**
     * Whether {@link #authenticate} would wait for a key lookup in the database or for the caller's bucket in Redis
     * (so must not run on an event loop).
     */
    public boolean needsLookup(SecurityIdentity identity, String apiKey) {
        return limiter.blocks()
                || staffToken(identity) == null
                        && apiKey != null
                        && ApiClients.looksLikeKey(apiKey)
                        && clients.cached(apiKey).isEmpty();
    }

    /**
     * {@code path} is the decoded path below /api/v1/ (for the access rules), {@code address} the client's
     * address (for the bucket of callers without valid credentials).
     */
    public Verdict authenticate(SecurityIdentity identity, String apiKey, String address, String path) {
        String addressBucket = "address:" + address;
        JsonWebToken token = staffToken(identity);
        EdgeCaller caller;
        if (token != null) {
            String refusal = staffTokens.refusal(
                    token.getClaim(Claims.iat.name()), token.getClaim(Claims.exp.name()), Instant.now());
            if (refusal != null) {
                return unauthenticated(addressBucket, refusal);
            }
            caller = staff(identity, token);
        } else {
            Optional<Optional<ApiClient>> known = apiKey == null ? Optional.empty() : clients.cached(apiKey);
            if (known.isPresent() && known.get().isPresent()) {
                caller = client(known.get().get());
            } else {
                RateLimiter.Decision anonymous = limiter.peek(addressBucket, unauthenticatedRatePerMinute);
                if (!anonymous.allowed()) {
                    return tooMany(null, anonymous, "Too many requests without valid credentials from this address");
                }
                caller = apiKey == null || !ApiClients.looksLikeKey(apiKey)
                        ? null
                        : clients.byKey(apiKey).map(Authenticator::client).orElse(null);
            }
        }
        if (caller == null) {
            return unauthenticated(
                    addressBucket, "Send an API key in X-API-Key or a staff token in Authorization: Bearer.");
        }
        String refusal = rules.refusal(path, caller);
        if (refusal != null) {
            return new Verdict(caller, null, new Problem("forbidden", "Forbidden", 403, refusal + "."), Map.of());
        }
        RateLimiter.Decision decision = limiter.take(caller.rateKey(), caller.ratePerMinute());
        if (!decision.allowed()) {
            return tooMany(caller, decision, "Over " + decision.limit() + " requests a minute");
        }
        return new Verdict(caller, decision, null, Map.of());
    }

    /** Gives back the request an allowed caller was counted for (a 304: its cached copy was still good). */
    public void refund(Verdict verdict) {
        limiter.refund(verdict.caller().rateKey(), verdict.caller().ratePerMinute());
    }

    private static JsonWebToken staffToken(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                ? token
                : null;
    }

    private EdgeCaller staff(SecurityIdentity identity, JsonWebToken token) {
        Object department = token.getClaim(GatewayIdentity.DEPARTMENT_CLAIM);
        // Only the staff roles the services know are passed on (not, say, roles derived inside the gateway).
        Set<String> roles =
                identity.getRoles().stream().filter(Roles.STAFF_ROLES::contains).collect(Collectors.toSet());
        return new EdgeCaller(
                "staff:" + token.getName(),
                "staff:" + token.getName(),
                Set.of(),
                roles,
                department == null ? null : department.toString(),
                staffRatePerMinute);
    }

    private static EdgeCaller client(ApiClient client) {
        return new EdgeCaller(
                "client:" + client.name, client.id.toString(), client.scopeSet(), Set.of(), null, client.ratePerMinute);
    }

    /** A 401 that also spends one of the address's attempts without valid credentials. */
    private Verdict unauthenticated(String addressBucket, String detail) {
        limiter.take(addressBucket, unauthenticatedRatePerMinute);
        return new Verdict(
                null,
                null,
                new Problem("unauthenticated", "Unauthenticated", 401, detail),
                Map.of("WWW-Authenticate", "Bearer"));
    }

    /**
     * A 429; a known caller also learns its limit (RateLimit-*), an address without credentials only when to retry.
     * Counted in {@code civic_rate_limit_refusals_total} by kind of caller (anonymous, client, staff).
     */
    private Verdict tooMany(EdgeCaller caller, RateLimiter.Decision decision, String why) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Long.toString(decision.resetSeconds()));
        if (caller != null) {
            headers.putAll(rateHeaders(decision));
        }
        metrics.counter(
                        "civic.rate_limit.refusals",
                        "caller",
                        caller == null
                                ? "anonymous"
                                : caller.name().substring(0, caller.name().indexOf(':')))
                .increment();
        return new Verdict(
                caller,
                null,
                new Problem(
                        "rate-limited",
                        "Too many requests",
                        429,
                        why + "; retry after " + decision.resetSeconds() + " s."),
                headers);
    }
}
