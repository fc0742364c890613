package org.civic.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.civic.common.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Bounds If-Match and If-None-Match for every operation, as the OpenAPI document says (common's
 * {@code ErrorResponses}): a value longer than {@link ETags#MAX_HEADER_LENGTH} is a 400 naming the header, before a
 * resource or {@code Request.evaluatePreconditions} reads it.
 */
public class ConditionalHeaders {

    private static final List<String> BOUNDED = List.of(HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH);

    @ServerRequestFilter
    public void refuseOverlong(ContainerRequestContext request) {
        for (String header : BOUNDED) {
            List<String> values = request.getHeaders().get(header);
            if (values != null && values.stream().anyMatch(value -> value.length() > ETags.MAX_HEADER_LENGTH)) {
                throw ProblemException.badRequest(header, "at most " + ETags.MAX_HEADER_LENGTH + " characters");
            }
        }
    }
}
