package org.civic.common.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code X-Content-Type-Options: nosniff} on every response of every route (the API, errors, health, metrics,
 * OpenAPI): browsers must take a body for the media type it is declared as.
 */
@ApplicationScoped
public class NoSniffRoute {

    public static final String HEADER = "X-Content-Type-Options";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            context.response().putHeader(HEADER, "nosniff");
            context.next();
        });
    }
}
