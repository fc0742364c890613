package org.civic.progress.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A published 公示 snapshot: the bulletin's JSON exactly as hashed; never updated (a trigger refuses it too). */
@Entity
@Immutable
public class Snapshot {

    @Id
    public UUID id;

    public UUID programmeId;

    public LocalDate asOf;

    public String note;

    public String content;

    public String contentHash;

    public String publishedBy;

    public Instant publishedAt;
}
