package org.civic.gateway.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The internal dashboard page (src/main/dashboard, built into META-INF/resources/dashboard and served by Quarkus's
 * static resources): how long a browser may keep each file. The page is open; what it shows comes from /api/v1 with
 * the reader's own credential. Its Content-Security-Policy is SecurityHeaders' strict one for every HTML page.
 */
@ApplicationScoped
public class DashboardRoute {

    public static final String ROOT = "/dashboard/";
    /** Vite names every built asset by a hash of its content: a changed file is a new name, so the old one never changes. */
    static final String ASSETS = ROOT + "assets/";

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** index.html names the current assets, so it is revalidated on every visit. */
    static final String REVALIDATE = "no-cache";

    void register(@Observes Router router) {
        // Vert.x matches "/dashboard" for "/dashboard/" too: only the bare address is sent on to the page
        router.route("/dashboard").order(Integer.MIN_VALUE + 2).handler(context -> {
            if (context.request().path().equals("/dashboard")) {
                context.redirect(ROOT);
            } else {
                context.next();
            }
        });
        router.route(ROOT + "*").order(Integer.MIN_VALUE + 2).handler(context -> {
            boolean asset = context.normalizedPath().startsWith(ASSETS);
            context.addHeadersEndHandler(ignored -> {
                if (context.response().getStatusCode() < 400) {
                    context.response().headers().set("Cache-Control", asset ? IMMUTABLE : REVALIDATE);
                }
            });
            context.next();
        });
    }
}
