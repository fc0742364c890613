package org.civic.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civic.common.problem.Problem;
import org.civic.common.security.GatewayIdentity;
import org.civic.common.security.Roles;
import org.civic.common.web.RequestIds;
import org.civic.gateway.config.GatewayConfig;
import org.civic.gateway.entity.ApiClient;
import org.civic.gateway.service.ApiClients;
import org.civic.gateway.service.PublicPath;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every /api/v1 call: is its path sound (PublicPath), who is calling (X-API-Key, or a staff bearer JWT verified
 * by smallrye-jwt and StaffTokenPolicy), is it the gateway's own admin API (AccessRules), and within their rate
 * (RateLimiter; callers without valid credentials share one bucket per address). The caller's key or token is then
 * replaced by the identity the gateway signs for the services (IdentitySigner), which enforce their own rules.
 */
public class GatewayGuard {

    static final String API_KEY = "X-API-Key";
    /** The verified caller's name, for the gateway's own resources (a caller's own value is overwritten). */
    public static final String CALLER_NAME = "X-Civic-Actor";
    private static final String DECISION = GatewayGuard.class.getName() + ".rate";

    private final SecurityIdentity identity;
    private final ApiClients clients;
    private final AccessRules rules;
    private final RateLimiter limiter;
    private final IdentitySigner signer;
    private final StaffTokenPolicy staffTokens;
    private final int staffRatePerMinute;
    private final int unauthenticatedRatePerMinute;

    public GatewayGuard(SecurityIdentity identity, ApiClients clients, AccessRules rules, RateLimiter limiter,
                        IdentitySigner signer, StaffTokenPolicy staffTokens, GatewayConfig config) {
        this.staffTokens = staffTokens;
        this.staffRatePerMinute = config.staffRatePerMinute();
        this.unauthenticatedRatePerMinute = config.unauthenticatedRatePerMinute();
        this.identity = identity;
        this.clients = clients;
        this.rules = rules;
        this.limiter = limiter;
        this.signer = signer;
    }

    @ServerRequestFilter
    public Optional<Response> guard(ContainerRequestContext request, HttpServerRequest connection) {
        if (!request.getUriInfo().getPath().startsWith(PublicPath.PREFIX)) {
            return Optional.empty();
        }
        // Checked on the raw path, before anything else, so rules and routing see the path the caller sent.
        String path = PublicPath.parse(request.getUriInfo().getRequestUri().getRawPath()).decoded();
        String fullPath = PublicPath.PREFIX + path;
        if (rules.open(path)) {
            return Optional.empty();
        }
        Caller caller;
        try {
            caller = staff();
        } catch (Refused refused) {
            return Optional.of(refuseAnonymous(connection, refused.getMessage(), fullPath));
        }
        if (caller == null) {
            String apiKey = request.getHeaderString(API_KEY);
            Optional<Optional<ApiClient>> known = apiKey == null ? Optional.empty() : clients.cached(apiKey);
            if (known.isPresent() && known.get().isPresent()) {
                caller = client(known.get().get());
            } else {
                // Callers without valid credentials are limited per address before any key is looked up.
                RateLimiter.Decision anonymous = limiter.peek(addressOf(connection), unauthenticatedRatePerMinute);
                if (!anonymous.allowed()) {
                    return Optional.of(tooMany(anonymous, "Too many requests without valid credentials from this address", fullPath));
                }
                caller = apiKey == null || !ApiClients.looksLikeKey(apiKey) ? null : clients.byKey(apiKey).map(GatewayGuard::client).orElse(null);
            }
        }
        if (caller == null) {
            return Optional.of(refuseAnonymous(connection,
                    "Send an API key in X-API-Key or a staff token in Authorization: Bearer.", fullPath));
        }
        String refusal = rules.refusal(path, caller);
        if (refusal != null) {
            return Optional.of(problem(403, "forbidden", "Forbidden", refusal + ".", fullPath).build());
        }
        RateLimiter.Decision decision = limiter.take(caller.rateKey(), caller.ratePerMinute());
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            return Optional.of(tooMany(decision, "Over " + decision.limit() + " requests a minute", fullPath));
        }
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, signer.bearerFor(caller));
        request.getHeaders().remove(API_KEY);
        request.getHeaders().putSingle(CALLER_NAME, caller.name());
        return Optional.empty();
    }

    @ServerResponseFilter
    public void rateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision && decision.allowed()) {
            response.getHeaders().putSingle("RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", decision.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", decision.resetSeconds());
        }
    }

    /** The staff member whose verified JWT came with the request, null without one; Refused for a token we don't accept. */
    private Caller staff() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        String refusal = staffTokens.refusal(token.getClaim(Claims.iat.name()), token.getClaim(Claims.exp.name()),
                Instant.now());
        if (refusal != null) {
            throw new Refused(refusal);
        }
        Object department = token.getClaim(GatewayIdentity.DEPARTMENT_CLAIM);
        // Only the staff roles the services know are passed on (not, say, roles derived inside the gateway).
        Set<String> roles = identity.getRoles().stream().filter(Roles.STAFF_ROLES::contains).collect(Collectors.toSet());
        return new Caller("staff:" + token.getName(), "staff:" + token.getName(), Set.of(), roles,
                department == null ? null : department.toString(), staffRatePerMinute);
    }

    private static Caller client(ApiClient client) {
        return new Caller("client:" + client.name, client.id.toString(), client.scopeSet(), Set.of(), null, client.ratePerMinute);
    }

    /** A 401 that also spends one of the address's attempts without valid credentials. */
    private Response refuseAnonymous(HttpServerRequest connection, String detail, String path) {
        limiter.take(addressOf(connection), unauthenticatedRatePerMinute);
        return problem(401, "unauthenticated", "Unauthenticated", detail, path).header("WWW-Authenticate", "Bearer").build();
    }

    private static String addressOf(HttpServerRequest connection) {
        return "address:" + connection.remoteAddress().hostAddress();
    }

    private static final class Refused extends RuntimeException {
        Refused(String why) {
            super(why, null, false, false);
        }
    }

    private static Response tooMany(RateLimiter.Decision decision, String why, String path) {
        return rateHeaders(problem(429, "rate-limited", "Too many requests",
                why + "; retry after " + decision.resetSeconds() + " s.", path)
                .header("Retry-After", decision.resetSeconds()), decision).build();
    }

    private static Response.ResponseBuilder problem(int status, String slug, String title, String detail, String path) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(slug, title, status, detail).instance(path).requestId(RequestIds.current()));
    }

    private static Response.ResponseBuilder rateHeaders(Response.ResponseBuilder builder, RateLimiter.Decision decision) {
        return builder.header("RateLimit-Limit", decision.limit()).header("RateLimit-Remaining", decision.remaining())
                .header("RateLimit-Reset", decision.resetSeconds());
    }
}
