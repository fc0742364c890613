package org.civic.gateway.service;

import static org.eclipse.microprofile.openapi.OASFactory.createHeader;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import java.math.BigDecimal;
import java.util.List;
import org.civic.common.openapi.ErrorResponses;
import org.civic.common.problem.Problem;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The gateway's own document gets common's errors, plus the components of what only the gateway answers: 429 with
 * Retry-After and the RateLimit-* headers (security/Authenticator, RateLimiter), and 502 and 504 for a service that
 * broke off or did not answer in time (PassThrough.fail, Views.problemFor). ApiDocument puts them on the operations of
 * the merged document.
 */
public class GatewayErrorResponses extends ErrorResponses {

    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String BAD_GATEWAY = "BadGateway";
    public static final String GATEWAY_TIMEOUT = "GatewayTimeout";
    public static final List<String> RATE_LIMIT_HEADERS =
            List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    private static final List<Rule> GATEWAY_RULES = List.of(
            new Rule(
                    "429",
                    TOO_MANY_REQUESTS,
                    "Over the caller's rate (its token bucket: an API client's ratePerMinute, "
                            + "1,200 a minute for staff), or too many requests without valid credentials from one address; "
                            + "retry after Retry-After seconds.",
                    facts -> false,
                    new Problem(
                            "rate-limited", "Too many requests", 429, "Over 600 requests a minute; retry after 1 s."),
                    true),
            new Rule(
                    "502",
                    BAD_GATEWAY,
                    "The service that owns the operation broke off or answered with an error the "
                            + "gateway cannot pass on; retry after Retry-After seconds.",
                    facts -> false,
                    new Problem("bad-gateway", "Bad gateway", 502, "The project registry broke off the answer."),
                    true),
            new Rule(
                    "504",
                    GATEWAY_TIMEOUT,
                    "The service that owns the operation did not answer in time; a write may or "
                            + "may not have been applied (read before retrying it).",
                    facts -> false,
                    new Problem(
                            "upstream-timeout",
                            "Gateway timeout",
                            504,
                            "The progress service did not answer in time; "
                                    + "the request may or may not have been applied."),
                    true));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        super.filterOpenAPI(api);
        Components components = api.getComponents();
        components.addHeader("RateLimit-Limit", rateHeader("The caller's requests a minute."));
        components.addHeader("RateLimit-Remaining", rateHeader("Requests left in the caller's bucket now."));
        components.addHeader(
                "RateLimit-Reset",
                rateHeader("Seconds until the bucket is full again (until a request is " + "allowed, on a 429)."));
        GATEWAY_RULES.forEach(rule -> {
            APIResponse response = problemResponse(rule);
            if (rule.status().equals("429")) {
                RATE_LIMIT_HEADERS.forEach(
                        name -> response.addHeader(name, createHeader().ref(name)));
            }
            components.addResponse(rule.component(), response);
        });
    }

    private static Header rateHeader(String description) {
        return createHeader()
                .description(description + " Sent on every answer to a caller whose credentials the "
                        + "gateway accepted; not on its own 401, nor to an address without valid credentials.")
                .schema(createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(BigDecimal.ZERO)
                        .maximum(BigDecimal.valueOf(100_000)));
    }
}
