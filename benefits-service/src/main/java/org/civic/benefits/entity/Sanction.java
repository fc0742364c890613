package org.civic.benefits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded misuse and the sanction the programme's rule made of it; lifted early, it is kept. */
@Entity
public class Sanction {

    public enum Outcome {
        SUSPENDED,
        REVOKED
    }

    @Id
    public UUID id;

    public UUID citizenId;

    public UUID programmeId;

    public int offence;

    public int ruleVersion;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public LocalDate occurredOn;

    public LocalDate effectiveFrom;

    public LocalDate suspendedUntil;

    public String explanationZh;

    public String explanationEn;

    public String article;

    /** AES-GCM ciphertext of the evidence text, bound to the citizen and this sanction. */
    @Column(name = "evidence_enc")
    public byte[] evidenceSealed;

    public String evidenceReference;

    public Instant recordedAt;

    public String recordedBy;

    public LocalDate liftedOn;

    public Instant liftedAt;

    public String liftedBy;

    public String liftReason;

    /** Whether the programme's benefits are withheld on the day. */
    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day)
                && (outcome == Outcome.REVOKED || !suspendedUntil.isBefore(day))
                && (liftedOn == null || liftedOn.isAfter(day));
    }

    /** The field the evidence is sealed under: the sanction's own id, so it opens on no other row. */
    public String evidenceField() {
        return "sanction/" + id + "/evidence";
    }
}
