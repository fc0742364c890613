package org.civic.progress.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * One change of the registry's feed ({@code GET /changes}): what happened to which entity, its version afterwards and
 * its representation then ({@code data}, null for a deletion).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryChange(
        String cursor, String type, String entityId, long version, UUID programmeId, JsonNode data) {

    /** The part of the type before the dot: region, department, programme or project. */
    public String entity() {
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }

    public long position() {
        return Long.parseLong(cursor);
    }
}
