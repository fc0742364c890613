package org.civic.gateway.client;

import java.net.ConnectException;
import org.civic.common.problem.Causes;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * A service call that failed for a reason a view reports in {@code degraded}: timeout, circuit-open,
 * overloaded, unavailable or error. A 404 is not a failure: it stays a NotFoundException.
 */
public class PartFailure extends RuntimeException {

    public static final String TIMEOUT = "timeout";
    public static final String CIRCUIT_OPEN = "circuit-open";
    public static final String OVERLOADED = "overloaded";
    public static final String UNAVAILABLE = "unavailable";
    public static final String ERROR = "error";

    private final String reason;

    public PartFailure(String reason, Throwable cause) {
        super(reason, cause, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public static PartFailure of(Throwable cause) {
        String reason;
        if (timedOut(cause)) {
            reason = TIMEOUT;
        } else if (cause instanceof CircuitBreakerOpenException) {
            reason = CIRCUIT_OPEN;
        } else if (cause instanceof BulkheadException) {
            reason = OVERLOADED;
        } else if (hasCause(cause, ConnectException.class)) {
            reason = UNAVAILABLE;
        } else {
            reason = ERROR;
        }
        return new PartFailure(reason, cause);
    }

    /**
     * Timeouts surface as different classes depending on the layer (fault tolerance's and java.util.concurrent's
     * TimeoutException, the HTTP client's read timeouts), each named for it.
     */
    private static boolean timedOut(Throwable e) {
        return Causes.chain(e).stream()
                .anyMatch(t -> t.getClass().getSimpleName().contains("Timeout"));
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        return Causes.chain(e).stream().anyMatch(type::isInstance);
    }
}
