package org.civic.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** The words a view's "degraded" list uses for each way a service call fails. */
class PartFailureTest {

    @Test
    void timeoutsAreNamedWhateverLayerRaisedThem() {
        assertEquals(
                PartFailure.TIMEOUT,
                PartFailure.of(new TimeoutException("fault tolerance")).reason());
        // java.util.concurrent's, named in full beside fault tolerance's TimeoutException imported above
        assertEquals(
                PartFailure.TIMEOUT,
                PartFailure.of(new java.util.concurrent.TimeoutException()).reason());
        assertEquals(
                PartFailure.TIMEOUT,
                PartFailure.of(new CompletionException(new HttpTimeoutException("read")))
                        .reason());
    }

    @Test
    void anOpenBreakerAFullBulkheadAndARefusedConnectionHaveTheirOwnNames() {
        assertEquals(
                PartFailure.CIRCUIT_OPEN,
                PartFailure.of(new CircuitBreakerOpenException()).reason());
        assertEquals(
                PartFailure.OVERLOADED, PartFailure.of(new BulkheadException()).reason());
        assertEquals(
                PartFailure.UNAVAILABLE,
                PartFailure.of(new IOException("wrapped", new ConnectException("Connection refused")))
                        .reason());
    }

    @Test
    void anythingElseIsAnErrorAndKeepsItsCause() {
        IllegalStateException cause = new IllegalStateException("unexpected body");
        PartFailure failure = PartFailure.of(cause);
        assertEquals(PartFailure.ERROR, failure.reason());
        assertSame(cause, failure.getCause());
    }
}
