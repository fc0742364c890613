package org.civic.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.civic.common.problem.Problem;
import org.civic.common.web.RequestIds;
import org.civic.gateway.service.Deprecations;
import org.civic.gateway.service.PublicPath;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The gateway's own operations under /api/v1 (views, the admin API): the caller is authenticated and counted
 * (Authenticator) as for the pass-through, and the identity the gateway signs for the services (IdentitySigner)
 * replaces its key or token, so the views read each service as the caller.
 */
public class GatewayGuard {

    /** The verified caller's name, for the gateway's own resources (a caller's own value is overwritten). */
    public static final String CALLER_NAME = "X-Civic-Actor";

    /** The verified caller's rate key: an API client's id, for what it owns (a caller's own value is overwritten). */
    public static final String CALLER_KEY = "X-Civic-Caller-Key";

    private static final String VERDICT = GatewayGuard.class.getName() + ".verdict";

    private final SecurityIdentity identity;
    private final Authenticator authenticator;
    private final AccessRules rules;
    private final IdentitySigner signer;
    private final Deprecations deprecations;

    public GatewayGuard(
            SecurityIdentity identity,
            Authenticator authenticator,
            AccessRules rules,
            IdentitySigner signer,
            Deprecations deprecations) {
        this.identity = identity;
        this.deprecations = deprecations;
        this.authenticator = authenticator;
        this.rules = rules;
        this.signer = signer;
    }

    @ServerRequestFilter
    public Optional<Response> guard(ContainerRequestContext request, RoutingContext routing) {
        if (!request.getUriInfo().getPath().startsWith(PublicPath.PREFIX)) {
            return Optional.empty();
        }
        PublicPath path = PublicPath.parse(request.getUriInfo().getRequestUri().getRawPath());
        if (rules.open(path.decoded())) {
            return Optional.empty();
        }
        Authenticator.Verdict verdict = authenticator.authenticate(
                identity,
                request.getHeaderString(Authenticator.API_KEY),
                routing.request().remoteAddress().hostAddress(),
                path.decoded());
        if (verdict.caller() != null) {
            AccessLog.caller(routing, verdict.caller());
        }
        if (!verdict.allowed()) {
            Response.ResponseBuilder refusal = Response.status(verdict.problem().getStatus())
                    .type(Problem.MEDIA_TYPE)
                    .entity(verdict.problem()
                            .instance(PublicPath.PREFIX + path.decoded())
                            .requestId(RequestIds.current()));
            verdict.headers().forEach(refusal::header);
            return Optional.of(refusal.build());
        }
        request.setProperty(VERDICT, verdict);
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, signer.bearerFor(verdict.caller()));
        request.getHeaders().remove(Authenticator.API_KEY);
        request.getHeaders().putSingle(CALLER_NAME, verdict.caller().name());
        request.getHeaders().putSingle(CALLER_KEY, verdict.caller().rateKey());
        return Optional.empty();
    }

    @ServerResponseFilter
    public void rateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(VERDICT) instanceof Authenticator.Verdict verdict) {
            verdict.rateHeaders().forEach(response.getHeaders()::putSingle);
            String path = request.getUriInfo().getPath();
            deprecations
                    .headers(request.getMethod(), path.substring(Math.min(path.length(), PublicPath.PREFIX.length())))
                    .forEach(response.getHeaders()::putSingle);
            if (response.getStatus() == 304) {
                authenticator.refund(verdict); // revalidating a cached view costs the caller nothing
            }
        }
    }
}
