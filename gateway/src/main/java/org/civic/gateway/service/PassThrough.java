package org.civic.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Set;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.RequestIds;
import org.civic.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Forwards a public call to the service that owns it and streams the answer back unchanged (status,
 * body, problem+json included), rewriting only the service's own URLs in Location and Link. The Authorization
 * it forwards is the identity GatewayGuard signed, never the caller's own key or token.
 */
@ApplicationScoped
public class PassThrough {

    private static final Logger LOG = Logger.getLogger(PassThrough.class);
    static final int RETRY_AFTER_SECONDS = 5;

    private static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
            HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "Idempotency-Key",
            "X-Purpose", HttpHeaders.AUTHORIZATION);
    private static final Set<String> RESPONSE_HEADERS = Set.of("content-type", "etag", "location", "link",
            "x-total-count", "retry-after", "content-disposition", "idempotent-replayed", "cache-control");

    private final HttpClient client;
    private final Routes routes;
    private final GatewayConfig config;

    public PassThrough(Routes routes, GatewayConfig config) {
        this.routes = routes;
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    public Response forward(String method, URI requestUri, HttpHeaders headers, InputStream body) {
        PublicPath path = PublicPath.parse(requestUri.getRawPath());
        Routes.Target target = routes.route(path.decoded()).orElseThrow(() -> new ProblemException(
                new Problem("not-found", "Not found", 404, "No public operation at " + PublicPath.PREFIX + path.decoded() + ".")));
        String rawQuery = PublicPath.query(requestUri.getRawQuery());
        String uri = target.baseUrl() + "/" + path.encoded() + (rawQuery == null ? "" : "?" + rawQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(config.passThroughTimeout())
                .header(RequestIds.HEADER, RequestIds.current());
        for (String name : REQUEST_HEADERS) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        boolean hasBody = body != null && headers.getHeaderString(HttpHeaders.CONTENT_TYPE) != null;
        request.method(method, hasBody ? HttpRequest.BodyPublishers.ofInputStream(() -> body)
                : HttpRequest.BodyPublishers.noBody());
        HttpResponse<InputStream> answer;
        try {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            LOG.warnf("%s %s: %s timed out", method, path.decoded(), target.service());
            throw new ProblemException(new Problem("upstream-timeout", "Gateway timeout", 504,
                    "The " + name(target) + " did not answer in time; the request may or may not have been applied."))
                    .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        } catch (ConnectException e) {
            throw ProblemException.serviceUnavailable("The " + name(target) + " is unavailable.", RETRY_AFTER_SECONDS);
        } catch (IOException e) {
            LOG.warnf("%s %s: %s failed: %s", method, path.decoded(), target.service(), e.toString());
            throw new ProblemException(new Problem("bad-gateway", "Bad gateway", 502,
                    "The " + name(target) + " broke off the answer.")).header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.serviceUnavailable("The gateway is shutting down.", RETRY_AFTER_SECONDS);
        }
        Response.ResponseBuilder response = Response.status(answer.statusCode()).entity(answer.body());
        answer.headers().map().forEach((name, values) -> {
            if (RESPONSE_HEADERS.contains(name.toLowerCase())) {
                values.forEach(value -> response.header(name, rewrite(value, target.baseUrl())));
            }
        });
        return response.build();
    }

    /** The service's absolute URLs become the gateway's public ones. */
    private static String rewrite(String value, String baseUrl) {
        return value.replace(baseUrl + "/", PublicPath.PREFIX).replace("<" + "/", "<" + PublicPath.PREFIX)
                .replace("<" + PublicPath.PREFIX + "api/v1/", "<" + PublicPath.PREFIX);
    }

    private static String name(Routes.Target target) {
        return switch (target.service()) {
            case REGISTRY -> "project registry";
            case PROGRESS -> "progress service";
            case BENEFITS -> "benefits service";
        };
    }
}
