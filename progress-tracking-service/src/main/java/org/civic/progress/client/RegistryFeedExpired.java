package org.civic.progress.client;

/** The registry's feed no longer holds the changes after the cursor (410): the read model must re-sync from the lists. */
public class RegistryFeedExpired extends RuntimeException {

    RegistryFeedExpired() {
        super("the registry's change feed no longer holds the changes after this cursor", null, false, false);
    }
}
