package org.civic.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.civic.common.problem.Problem;
import org.civic.common.web.RequestIds;

/** Problem answers written on the event loop, for the routes that are not JAX-RS (where common's mappers write them). */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void write(RoutingContext context, Problem problem, Map<String, String> headers) {
        problem.instance(context.request().path())
                .requestId(context.response().headers().get(RequestIds.HEADER));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            context.fail(e);
            return;
        }
        headers.forEach(context.response()::putHeader);
        context.response()
                .setStatusCode(problem.getStatus())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body);
    }
}
