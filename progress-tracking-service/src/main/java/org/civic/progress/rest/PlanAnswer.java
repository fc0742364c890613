package org.civic.progress.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks an answer made from the plan read model: {@link PlanSyncedAtHeader} says how old that plan data is. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@interface PlanAnswer {

    String HEADER = "Plan-Synced-At";

    String DESCRIPTION = "When the plans and targets behind this answer were last current with the project registry"
            + " (an HTTP-date). Minutes or more in the past while the registry is unreachable: the figures are those"
            + " of the plans as they stood then.";
}
