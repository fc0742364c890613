package org.civic.progress.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of a registry region this service reads: its names, for the figures' breakdowns. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryRegion(String code, Name name) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Name(String zh, String en) {}
}
