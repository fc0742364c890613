package org.civic.gateway.security;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.civic.gateway.service.PublicPath;
import org.civic.gateway.service.Routes;

/**
 * Response headers of the public edge, on every route the gateway serves (common's NoSniffRoute adds nosniff, as in
 * every service): no referrer leaking ids to other sites, a Content-Security-Policy on every HTML page, HSTS when the gateway itself serves TLS, and
 * {@code private, no-store} on anything that carries citizens' data, whatever the service said.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Pages of our own: scripts and styles only from files of this origin, nothing framed, posted or based elsewhere. */
    static final String STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** Swagger UI's generated page starts itself with one inline script and inline styles; still nothing from elsewhere. */
    static final String SWAGGER_UI_CSP = STRICT_CSP
            .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final String DOCS = PublicPath.PREFIX + "docs";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String path = context.normalizedPath();
            boolean ssl = context.request().isSSL();
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                headers.set("Referrer-Policy", "no-referrer");
                String type = headers.get("Content-Type");
                if (type != null && type.startsWith("text/html")) {
                    headers.set("Content-Security-Policy", path.startsWith(DOCS) ? SWAGGER_UI_CSP : STRICT_CSP);
                }
                if (ssl) {
                    headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
                }
                if (Routes.carriesPersonalData(path)) {
                    headers.set("Cache-Control", "private, no-store");
                }
            });
            context.next();
        });
    }
}
