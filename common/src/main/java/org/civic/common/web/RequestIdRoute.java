package org.civic.common.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Accepts or generates {@code X-Request-Id} on every HTTP route (the API, health, metrics, OpenAPI),
 * puts it in the logging context and returns it on the response.
 */
@ApplicationScoped
public class RequestIdRoute {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String id = RequestIds.acceptOrGenerate(context.request().getHeader(RequestIds.HEADER));
            MDC.put(RequestIds.MDC_KEY, id);
            context.response().putHeader(RequestIds.HEADER, id);
            context.next();
        });
    }
}
