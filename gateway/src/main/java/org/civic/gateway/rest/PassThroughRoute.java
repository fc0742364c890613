package org.civic.gateway.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civic.common.problem.DatabaseFailures;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.RequestIds;
import org.civic.gateway.security.AccessLog;
import org.civic.gateway.security.AccessRules;
import org.civic.gateway.security.Authenticator;
import org.civic.gateway.security.IdentitySigner;
import org.civic.gateway.service.Deprecations;
import org.civic.gateway.service.PassThrough;
import org.civic.gateway.service.ProblemResponses;
import org.civic.gateway.service.PublicPath;
import org.civic.gateway.service.Routes;
import org.jboss.logging.Logger;

/**
 * Every public operation of the three services under /api/v1, passed through on the event loop: the path is
 * checked (PublicPath) and routed (Routes), the caller authenticated and counted (Authenticator; a key the cache
 * does not know is looked up on a worker thread), then PassThrough streams the call. The gateway's own operations
 * (views, admin API, documentation) and unknown paths go on to JAX-RS.
 */
@ApplicationScoped
public class PassThroughRoute {

    private static final Logger LOG = Logger.getLogger(PassThroughRoute.class);
    private static final Set<HttpMethod> FORWARDED = Set.of(
            HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final Routes routes;
    private final Authenticator authenticator;
    private final IdentitySigner signer;
    private final PassThrough passThrough;
    private final ProblemResponses problems;
    private final AccessRules rules;
    private final Deprecations deprecations;

    public PassThroughRoute(
            Routes routes,
            Authenticator authenticator,
            IdentitySigner signer,
            PassThrough passThrough,
            ProblemResponses problems,
            AccessRules rules,
            Deprecations deprecations) {
        this.rules = rules;
        this.deprecations = deprecations;
        this.routes = routes;
        this.authenticator = authenticator;
        this.signer = signer;
        this.passThrough = passThrough;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route(PublicPath.PREFIX + "*").order(-1).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (rules.open(request.path().substring(PublicPath.PREFIX.length()))) {
            context.next(); // the documentation, served by its own routes
            return;
        }
        PublicPath path;
        try {
            path = PublicPath.parse(request.path());
        } catch (ProblemException refused) {
            problems.write(context, refused.problem(), Map.of());
            return;
        }
        Optional<Routes.Target> target = routes.route(path.decoded());
        if (target.isEmpty() || !FORWARDED.contains(request.method())) {
            context.next();
            return;
        }
        request.pause(); // until the caller is known and the service's connection is there
        QuarkusHttpUser.getSecurityIdentity(context, null)
                .subscribe()
                .with(
                        identity -> authenticate(context, target.get(), path, identity),
                        failure -> authenticate(context, target.get(), path, null));
    }

    private void authenticate(
            RoutingContext context, Routes.Target target, PublicPath path, SecurityIdentity identity) {
        HttpServerRequest request = context.request();
        String apiKey = request.getHeader(Authenticator.API_KEY);
        String address = request.remoteAddress().hostAddress();
        if (!authenticator.needsLookup(identity, apiKey)) {
            decide(context, target, path, authenticator.authenticate(identity, apiKey, address, path.decoded()));
            return;
        }
        context.vertx()
                .executeBlocking(() -> authenticator.authenticate(identity, apiKey, address, path.decoded()), false)
                .onComplete(verdict -> {
                    if (verdict.failed()) {
                        request.resume();
                        lookupFailed(context, verdict.cause());
                    } else {
                        decide(context, target, path, verdict.result());
                    }
                });
    }

    /** The key could not be looked up: the gateway's database is out of reach (503), or something unforeseen (500). */
    private void lookupFailed(RoutingContext context, Throwable cause) {
        ProblemException known = DatabaseFailures.classify(cause);
        if (known != null) {
            problems.write(context, known.problem(), known.headers());
            return;
        }
        LOG.errorf(
                cause,
                "request %s: looking up an API key failed",
                context.response().headers().get(RequestIds.HEADER));
        problems.write(
                context,
                new Problem(
                        "internal",
                        "Internal server error",
                        500,
                        "The server could not complete the request. Quote the request id when reporting it."),
                Map.of());
    }

    private void decide(RoutingContext context, Routes.Target target, PublicPath path, Authenticator.Verdict verdict) {
        if (verdict.caller() != null) {
            AccessLog.caller(context, verdict.caller());
        }
        if (!verdict.allowed()) {
            context.request().resume();
            problems.write(context, verdict.problem(), verdict.headers());
            return;
        }
        Map<String, String> headers = new HashMap<>(verdict.rateHeaders());
        headers.putAll(deprecations.headers(context.request().method().name(), path.decoded()));
        passThrough
                .forward(context, target, path, signer.bearerFor(verdict.caller()), headers)
                .onSuccess(status -> {
                    if (status == 304) {
                        authenticator.refund(verdict); // revalidating a cached answer costs the caller nothing
                    }
                });
    }
}
