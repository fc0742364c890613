package org.civic.progress.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;

/**
 * The registry answered a 4xx: it is up and has judged the request (unknown id, a draft programme hidden from an
 * API client, an identity it refuses). That is the caller's answer, never a dependency failure: {@link Registry}
 * lists this exception in {@code abortOn} / {@code skipOn} of its retry, circuit breaker and fallback, so no
 * number of such answers opens the breaker for everyone else.
 */
public class RegistryRefusal extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String detail;

    RegistryRefusal(int status, String detail) {
        super("the registry answered " + status + (detail == null ? "" : ": " + detail), null, false, false);
        this.status = status;
        this.detail = detail;
    }

    /** Made by {@link RegistryApi}'s exception mapper for every 4xx; other statuses keep the default mapping. */
    static RegistryRefusal of(Response response) {
        String detail = null;
        try {
            if (response.hasEntity()) {
                JsonNode body = JSON.readTree(response.readEntity(String.class));
                detail = body.hasNonNull("detail") ? body.get("detail").asText() : null;
            }
        } catch (RuntimeException | IOException e) {
            // not a problem+json body: the status says enough
        }
        return new RegistryRefusal(response.getStatus(), detail);
    }

    public int status() {
        return status;
    }

    public boolean notFound() {
        return status == 404 || status == 410;
    }

    /** The registry's refusal as this service's answer to the caller (404s are turned into the caller's own 404). */
    public ProblemException toProblem() {
        String why = detail == null ? "" : ": " + detail;
        return switch (status) {
            case 401 ->
                new ProblemException(new Problem(
                                "unauthenticated",
                                "Unauthenticated",
                                401,
                                "The project registry did not accept the caller's identity" + why))
                        .header("WWW-Authenticate", "Bearer");
            case 403 -> ProblemException.forbidden("The project registry refused the caller" + why);
            default ->
                new ProblemException(new Problem(
                        "registry-refused",
                        "Refused by the project registry",
                        status,
                        "The project registry refused the request" + why));
        };
    }
}
