package org.civic.progress.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** The part of a registry department this service reads: its name, for the figures' breakdowns. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryDepartment(UUID id, String name) {}
