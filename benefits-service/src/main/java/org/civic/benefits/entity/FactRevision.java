package org.civic.benefits.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One state of a fact, as the office held it to be true from {@code knownFrom} until {@code knownUntil} (open while
 * it is the current state), with who made the change and why.
 */
@Entity
public class FactRevision {

    public enum Change {
        RECORDED,
        CORRECTED,
        ENDED
    }

    @Id
    public UUID id;

    public UUID factId;

    public int revision;

    public UUID citizenId;

    @Enumerated(EnumType.STRING)
    public Change change;

    public String type;

    public String value;

    public String source;

    public LocalDate validFrom;

    public LocalDate validUntil;

    public Instant knownFrom;

    public Instant knownUntil;

    public String changedBy;

    /** Why it changed; null for the first recording. */
    public String reason;
}
