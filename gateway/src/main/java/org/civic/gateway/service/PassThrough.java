package org.civic.gateway.service;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.civic.common.problem.Problem;
import org.civic.common.web.RequestIds;
import org.civic.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Forwards a public call to the service that owns it on the event loop (Vert.x's HTTP client, a pool of
 * keep-alive connections per service) and streams both bodies through without buffering them: the answer goes
 * back unchanged (status, body, problem+json included), with only the service's own URLs in Location and Link
 * rewritten. A service that refuses the connection is a 503, one that does not answer in time a 504, one that
 * breaks off a 502, each a problem with Retry-After. The Authorization it forwards is the identity the gateway
 * signed, never the caller's own key or token.
 */
@ApplicationScoped
public class PassThrough {

    private static final Logger LOG = Logger.getLogger(PassThrough.class);
    static final int RETRY_AFTER_SECONDS = 5;

    private static final List<String> REQUEST_HEADERS = List.of(
            "Content-Type",
            "Content-Length",
            "Accept",
            "Accept-Encoding",
            "Accept-Language",
            "If-Match",
            "If-None-Match",
            "Idempotency-Key",
            "X-Purpose");
    private static final Set<String> RESPONSE_HEADERS = Set.of(
            "content-type",
            "content-length",
            "etag",
            "location",
            "link",
            "x-total-count",
            "retry-after",
            "content-disposition",
            "idempotent-replayed",
            "cache-control",
            "content-encoding",
            "vary",
            "allow",
            "last-modified");

    private final HttpClient client;
    private final long timeoutMillis;
    private final ProblemResponses problems;

    public PassThrough(Vertx vertx, GatewayConfig config, ProblemResponses problems) {
        this.problems = problems;
        this.timeoutMillis = config.passThroughTimeout().toMillis();
        this.client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setKeepAlive(true)
                        .setTcpNoDelay(true)
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(config.passThroughConnections()));
    }

    /**
     * {@code identity} is the Authorization header the service receives; {@code extraHeaders} go to the caller.
     * The future completes with the service's status once its answer starts (it fails when there is none).
     */
    public Future<Integer> forward(
            RoutingContext context,
            Routes.Target target,
            PublicPath path,
            String identity,
            Map<String, String> extraHeaders) {
        Promise<Integer> status = Promise.promise();
        HttpServerRequest incoming = context.request();
        incoming.pause(); // the body waits until the service's connection is there
        String query = PublicPath.query(incoming.query());
        RequestOptions options = new RequestOptions()
                .setMethod(incoming.method())
                .setAbsoluteURI(target.baseUrl() + "/" + path.encoded() + (query == null ? "" : "?" + query))
                .setIdleTimeout(timeoutMillis);
        for (String name : REQUEST_HEADERS) {
            String value = incoming.getHeader(name);
            if (value != null) {
                options.putHeader(name, value);
            }
        }
        options.putHeader("Authorization", identity);
        options.putHeader(RequestIds.HEADER, context.response().headers().get(RequestIds.HEADER));
        client.request(options).onComplete(connected -> {
            if (connected.failed()) {
                incoming.resume();
                fail(context, target, path, connected.cause());
                status.fail(connected.cause());
                return;
            }
            HttpClientRequest outgoing = connected.result();
            boolean hasBody = incoming.headers().contains(HttpHeaderNames.CONTENT_LENGTH)
                    || incoming.headers().contains(HttpHeaderNames.TRANSFER_ENCODING);
            if (hasBody && !incoming.headers().contains(HttpHeaderNames.CONTENT_LENGTH)) {
                outgoing.setChunked(true);
            }
            (hasBody ? outgoing.send(incoming) : outgoing.send()).onComplete(answered -> {
                answer(context, target, path, answered, extraHeaders);
                if (answered.succeeded()) {
                    status.complete(answered.result().statusCode());
                } else {
                    status.fail(answered.cause());
                }
            });
            if (!hasBody) {
                incoming.resume();
            }
        });
        return status.future();
    }

    private void answer(
            RoutingContext context,
            Routes.Target target,
            PublicPath path,
            AsyncResult<HttpClientResponse> answered,
            Map<String, String> extraHeaders) {
        if (answered.failed()) {
            fail(context, target, path, answered.cause());
            return;
        }
        HttpClientResponse answer = answered.result();
        HttpServerResponse response = context.response().setStatusCode(answer.statusCode());
        MultiMap headers = response.headers();
        answer.headers().forEach((name, value) -> {
            if (RESPONSE_HEADERS.contains(name.toLowerCase())) {
                headers.add(name, rewrite(value, target.baseUrl()));
            }
        });
        extraHeaders.forEach(headers::set);
        if (!headers.contains(HttpHeaderNames.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        answer.pipeTo(response).onFailure(broken -> {
            // The status line is gone already: all that is left is to break the connection, so the caller sees a
            // truncated answer rather than a complete-looking one.
            LOG.warnf(
                    "%s %s: %s broke off the answer: %s",
                    context.request().method(), path.decoded(), target.service(), broken.toString());
            response.reset();
        });
    }

    private void fail(RoutingContext context, Routes.Target target, PublicPath path, Throwable cause) {
        if (context.response().headWritten()) {
            context.response().reset();
            return;
        }
        String service = target.service().title();
        Problem problem;
        if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException) {
            problem = new Problem(
                    "service-unavailable", "Service unavailable", 503, "The " + service + " is unavailable.");
        } else if (cause instanceof TimeoutException
                || cause.getClass().getSimpleName().contains("Timeout")) {
            LOG.warnf("%s %s: %s timed out", context.request().method(), path.decoded(), target.service());
            problem = new Problem(
                    "upstream-timeout",
                    "Gateway timeout",
                    504,
                    "The " + service + " did not answer in time; the request may or may not have been applied.");
        } else {
            LOG.warnf(
                    "%s %s: %s failed: %s",
                    context.request().method(), path.decoded(), target.service(), cause.toString());
            problem = new Problem("bad-gateway", "Bad gateway", 502, "The " + service + " broke off the answer.");
        }
        problems.write(context, problem, Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)));
    }

    /** The service's absolute URLs become the gateway's public ones (a link that already was public stays as it was). */
    private static String rewrite(String value, String baseUrl) {
        return value.replace(baseUrl + "/", PublicPath.PREFIX)
                .replace("<" + "/", "<" + PublicPath.PREFIX)
                .replace("<" + PublicPath.PREFIX + PublicPath.PREFIX.substring(1), "<" + PublicPath.PREFIX);
    }
}
