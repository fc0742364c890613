package org.civic.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civic.common.problem.Problem;
import org.civic.common.security.GatewayIdentity;
import org.civic.common.security.Roles;
import org.civic.common.web.RequestIds;
import org.civic.gateway.config.GatewayConfig;
import org.civic.gateway.service.ApiClients;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every /api/v1 call: who is calling (X-API-Key, or a staff bearer JWT verified by smallrye-jwt), is it the
 * gateway's own admin API (AccessRules), and within their rate (RateLimiter). The caller's key or token is then
 * replaced by the identity the gateway signs for the services (IdentitySigner), which enforce their own rules.
 */
public class GatewayGuard {

    static final String API_KEY = "X-API-Key";
    /** The verified caller's name, for the gateway's own resources (a caller's own value is overwritten). */
    public static final String CALLER_NAME = "X-Civic-Actor";
    private static final String PREFIX = "/api/v1/";
    private static final String DECISION = GatewayGuard.class.getName() + ".rate";

    private final SecurityIdentity identity;
    private final ApiClients clients;
    private final AccessRules rules;
    private final RateLimiter limiter;
    private final IdentitySigner signer;
    private final int staffRatePerMinute;

    public GatewayGuard(SecurityIdentity identity, ApiClients clients, AccessRules rules, RateLimiter limiter,
                        IdentitySigner signer, GatewayConfig config) {
        this.staffRatePerMinute = config.staffRatePerMinute();
        this.identity = identity;
        this.clients = clients;
        this.rules = rules;
        this.limiter = limiter;
        this.signer = signer;
    }

    @ServerRequestFilter
    public Optional<Response> guard(ContainerRequestContext request) {
        String fullPath = request.getUriInfo().getPath();
        if (!fullPath.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String path = fullPath.substring(PREFIX.length());
        if (rules.open(path) || path.startsWith("demo/")) {
            return Optional.empty();
        }
        Caller caller = caller(request.getHeaderString(API_KEY));
        if (caller == null) {
            return Optional.of(problem(401, "unauthenticated", "Unauthenticated",
                    "Send an API key in X-API-Key or a staff token in Authorization: Bearer.", fullPath)
                    .header("WWW-Authenticate", "Bearer").build());
        }
        String refusal = rules.refusal(path, caller);
        if (refusal != null) {
            return Optional.of(problem(403, "forbidden", "Forbidden", refusal + ".", fullPath).build());
        }
        RateLimiter.Decision decision = limiter.take(caller.rateKey(), caller.ratePerMinute());
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            return Optional.of(rateHeaders(problem(429, "rate-limited", "Too many requests",
                    "Over " + decision.limit() + " requests a minute; retry after " + decision.resetSeconds() + " s.",
                    fullPath).header("Retry-After", decision.resetSeconds()), decision).build());
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

    private Caller caller(String apiKey) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
            Object department = token.getClaim(GatewayIdentity.DEPARTMENT_CLAIM);
            // Only the staff roles the services know are passed on (not, say, roles derived inside the gateway).
            Set<String> roles = identity.getRoles().stream().filter(Roles.STAFF_ROLES::contains).collect(Collectors.toSet());
            return new Caller("staff:" + token.getName(), "staff:" + token.getName(), Set.of(), roles,
                    department == null ? null : department.toString(), staffRatePerMinute);
        }
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 100) {
            return null;
        }
        return clients.byKey(apiKey).map(c -> new Caller("client:" + c.name, c.id.toString(), c.scopeSet(), Set.of(), null, c.ratePerMinute))
                .orElse(null);
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
