package org.civic.common.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by services for every expected failure; {@link ProblemMappers} turns it into problem+json.
 * The factory methods fix the stable type and title of each kind of problem.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(Problem problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ProblemException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ProblemException with(String name, Object value) {
        problem.with(name, value);
        return this;
    }

    /**
     * For places where JAX-RS turns any other exception into a bare 404 or 400 (parameter converters): the
     * mappers find this problem as the cause and answer with it.
     */
    public WebApplicationException asWebApplicationException() {
        return new WebApplicationException(
                this, Response.status(problem.getStatus()).build());
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(new Problem("validation", "Invalid request", 400, field + ": " + message)
                .violations(List.of(new Problem.Violation(field, message))));
    }

    public static ProblemException badRequest(List<Problem.Violation> violations) {
        String detail = violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return new ProblemException(new Problem("validation", "Invalid request", 400, detail).violations(violations));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(new Problem("not-found", "Not found", 404, what + " " + id + " does not exist"));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(new Problem(slug, "Conflict", 409, detail));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(new Problem("precondition-failed", "Precondition failed", 412, detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem("forbidden", "Forbidden", 403, detail));
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(new Problem("precondition-required", "Precondition required", 428, detail));
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(new Problem(slug, "Unprocessable request", 422, detail));
    }

    public static ProblemException serviceUnavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(new Problem("service-unavailable", "Service unavailable", 503, detail))
                .header("Retry-After", Integer.toString(retryAfterSeconds));
    }
}
