package org.civic.registry.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project of another programme that this programme lists (linked, not copied). */
@Entity
public class ProgrammeLink {

    @Schema(
            name = "ProgrammeLinkKind",
            description = "CARRIES_OUT: an item of a higher tier's programme this one carries out; CONTINUES: an"
                    + " unfinished project of an earlier year of the same region, continued as 续建")
    public enum Kind {
        CARRIES_OUT,
        CONTINUES
    }

    @Embeddable
    public static class Key implements Serializable {
        public UUID programmeId;
        public UUID projectId;

        public Key() {}

        public Key(UUID programmeId, UUID projectId) {
            this.programmeId = programmeId;
            this.projectId = projectId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && programmeId.equals(key.programmeId) && projectId.equals(key.projectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(programmeId, projectId);
        }
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String note;

    public String linkedBy;

    public Instant linkedAt;
}
