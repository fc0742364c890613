package org.civic.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.jboss.logging.Logger;

/**
 * The fallback of every {@link Services} read: whatever made the call fail (after its retry, or a timeout, an open
 * breaker, a full bulkhead) comes out as a {@link PartFailure} naming the reason, which a view reports in
 * {@code degraded}.
 */
class PartFallback implements FallbackHandler<JsonNode> {

    private static final Logger LOG = Logger.getLogger(Services.class);

    @Override
    public JsonNode handle(ExecutionContext context) {
        Throwable cause = context.getFailure();
        PartFailure failure = PartFailure.of(cause);
        LOG.warnf("service call failed (%s): %s", failure.reason(), cause.toString());
        throw failure;
    }
}
