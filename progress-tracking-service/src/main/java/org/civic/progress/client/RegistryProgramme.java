package org.civic.progress.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** The part of a registry programme this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryProgramme(
        UUID id,
        String regionCode,
        int year,
        String title,
        String state,
        Integer plannedProjectCount,
        List<Domain> domains) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Domain(String code, String name) {}
}
