package org.civic.gateway.security;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.gateway.service.ProblemResponses;
import org.civic.gateway.service.PublicPath;

/**
 * Refuses, on every route, a raw path with dot segments, encoded slashes, control characters or broken
 * percent-encoding, before Vert.x resolves it: "/api/v1/projects/%2e%2e/%2e%2e/q/openapi" would otherwise be
 * answered as "/api/q/openapi", and the caller would learn which paths exist outside the public API.
 */
@ApplicationScoped
public class RawPathCheck {

    private final ProblemResponses problems;

    public RawPathCheck(ProblemResponses problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            try {
                PublicPath.checkAnyPath(context.request().path());
            } catch (ProblemException refused) {
                problems.write(context, refused.problem(), Map.of());
                return;
            }
            context.next();
        });
        // Vert.x refuses a request line it cannot decode (a broken %-escape) before any route runs: say so as a
        // problem.
        router.errorHandler(400, context -> {
            if (!context.response().headWritten()) {
                problems.write(
                        context,
                        new Problem(
                                "bad-request",
                                "Bad request",
                                400,
                                "The request line could not be decoded: check its percent-encoding."),
                        Map.of());
            }
        });
    }
}
