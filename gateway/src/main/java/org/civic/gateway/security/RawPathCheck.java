package org.civic.gateway.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.RequestIds;
import org.civic.gateway.service.PublicPath;

/**
 * Refuses, on every route, a raw path with dot segments, encoded slashes, control characters or broken
 * percent-encoding, before Vert.x resolves it: "/api/v1/projects/%2e%2e/%2e%2e/q/openapi" would otherwise be
 * answered as "/api/q/openapi", and the caller would learn which paths exist outside the public API.
 */
@ApplicationScoped
public class RawPathCheck {

    private final ObjectMapper json;

    public RawPathCheck(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            try {
                PublicPath.checkAnyPath(context.request().path());
            } catch (ProblemException refused) {
                Problem problem = refused.problem().instance(context.request().path()).requestId(RequestIds.current());
                try {
                    context.response().setStatusCode(problem.getStatus()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                            .end(json.writeValueAsString(problem));
                } catch (JsonProcessingException e) {
                    context.fail(e);
                }
                return;
            }
            context.next();
        });
    }
}
