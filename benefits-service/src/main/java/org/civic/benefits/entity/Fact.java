package org.civic.benefits.entity;

import jakarta.persistence.Column;
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

    @Column(name = "citizen_id")
    public UUID citizenId;

    /** The catalogue name, e.g. "honour" (see FactType). */
    public String type;

    public String value;

    public String source;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
