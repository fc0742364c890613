package org.civic.benefits.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One use of a benefit (a health check, a museum entry), counted against its quota period. */
@Entity
public class Redemption {

    public enum Channel {
        API,
        VERIFICATION
    }

    @Id
    public UUID id;

    public UUID citizenId;

    public UUID benefitId;

    public String siteId;

    @Enumerated(EnumType.STRING)
    public SiteCategory siteCategory;

    public Instant occurredAt;

    /** "2025" for a calendar year, "2025-03" for a month, "LIFETIME", "-" when unlimited. */
    public String periodKey;

    /** 1 .. quota limit within the period; null when unlimited. */
    public Integer sequenceInPeriod;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public UUID passId;

    public Instant recordedAt;

    public String recordedBy;
}
