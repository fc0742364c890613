package org.civic.gateway.security;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.civic.common.web.RequestIds;
import org.civic.gateway.service.PublicPath;
import org.jboss.logging.Logger;

/**
 * One line per request at the public edge: method, route template, status, duration, the caller's name and the
 * request id; never a query string, a key or a token. The template keeps the segments that are plain lower-case words
 * and replaces every other (an id, a code, a number) by {@code {id}}, so the line names the operation, not the data.
 */
@ApplicationScoped
public class AccessLog {

    static final String LOGGER = "org.civic.gateway.access";
    private static final Logger LOG = Logger.getLogger(LOGGER);
    private static final String CALLER = AccessLog.class.getName() + ".caller";
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{0,30}");
    private static final int MOST_SEGMENTS = 8;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            long started = System.nanoTime();
            context.addEndHandler(done -> LOG.infof(
                    "%s %s %d %.1fms client=%s req=%s",
                    context.request().method(),
                    template(context.request().path()),
                    context.response().getStatusCode(),
                    (System.nanoTime() - started) / 1e6,
                    context.<String>get(CALLER, "-"),
                    context.response().headers().get(RequestIds.HEADER)));
            context.next();
        });
    }

    /** Names the authenticated caller of this request in its access log line. */
    public static void caller(RoutingContext context, EdgeCaller caller) {
        context.put(CALLER, '"' + caller.name().replace('"', '\'') + '"');
    }

    static String template(String path) {
        String prefix = path.startsWith(PublicPath.PREFIX) ? PublicPath.PREFIX : "/";
        String[] segments = path.substring(prefix.length()).split("/", -1);
        StringBuilder template = new StringBuilder(prefix.substring(0, prefix.length() - 1));
        for (int i = 0; i < segments.length && i < MOST_SEGMENTS; i++) {
            template.append('/')
                    .append(WORD.matcher(segments[i]).matches() || segments[i].isEmpty() ? segments[i] : "{id}");
        }
        return segments.length > MOST_SEGMENTS ? template + "/…" : template.toString();
    }
}
