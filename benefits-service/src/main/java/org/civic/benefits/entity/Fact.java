package org.civic.benefits.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Something known about a citizen (an honour, a residence, a household status …), with source and validity. */
@Entity
public class Fact {

    @Id
    public UUID id;

    public UUID citizenId;

    /** The catalogue name, e.g. "honour" (see FactType). */
    public String type;

    public String value;

    public String source;

    public LocalDate validFrom;

    public LocalDate validUntil;

    public Instant recordedAt;

    public String recordedBy;
}
