package org.civic.benefits.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A use a validator accepted offline, as reconciled at its sync; holds no personal data. */
@Entity
public class OfflineUse {

    public enum Outcome {
        /** Counted as a redemption (channel OFFLINE). */
        RECORDED,
        /** Beyond the quota: kept for officers, never counted. */
        OVER_QUOTA,
        /** The pass or the holder did not allow it when it happened: kept for officers, not counted. */
        REFUSED
    }

    @Id
    public UUID id;

    /** The validator that reported it (the API client the gateway vouched for). */
    public String validator;

    public String localId;

    public UUID passId;

    public String benefitCode;

    public String siteId;

    @Enumerated(EnumType.STRING)
    public SiteCategory siteCategory;

    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** A VerificationResult.Reason name. */
    public String reason;

    public UUID redemptionId;

    public Instant syncedAt;
}
