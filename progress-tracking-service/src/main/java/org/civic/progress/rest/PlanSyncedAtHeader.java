package org.civic.progress.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.civic.progress.service.Plans;

/** Adds {@value PlanAnswer#HEADER} to the answers marked {@link PlanAnswer} (304s included). */
@Provider
@PlanAnswer
public class PlanSyncedAtHeader implements ContainerResponseFilter {

    private final Plans plans;

    public PlanSyncedAtHeader(Plans plans) {
        this.plans = plans;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400) {
            plans.syncedAt()
                    .ifPresent(at -> response.getHeaders()
                            .putSingle(
                                    PlanAnswer.HEADER,
                                    DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC))));
        }
    }
}
