package org.civic.registry.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.civic.common.persistence.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A suggestion from the public (群众提) for a region's programme of a year; its contact is only ever sealed. */
@Entity
public class Suggestion extends Versioned {

    @Schema(name = "SuggestionChannel", description = "How the suggestion reached the city")
    public enum Channel {
        APP,
        WEBSITE,
        HOTLINE,
        LETTER,
        DEPUTY,
        STAFF
    }

    @Schema(
            name = "SuggestionStatus",
            description = "SUBMITTED, then screened once: ACCEPTED, MERGED into another, or REJECTED with a reason")
    public enum Status {
        SUBMITTED,
        ACCEPTED,
        MERGED,
        REJECTED
    }

    @Id
    public UUID id;

    public String regionCode;

    public int year;

    public String text;

    public String domainCode;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public byte[] contactSealed;

    public String submittedBy;

    public byte[] textDigest;

    @Enumerated(EnumType.STRING)
    public Status status;

    public UUID mergedIntoId;

    public String screeningReason;

    public String screenedBy;

    public Instant screenedAt;

    @ElementCollection
    @CollectionTable(name = "suggestion_district", joinColumns = @JoinColumn(name = "suggestion_id"))
    @Column(name = "region_code")
    public Set<String> districtCodes = new LinkedHashSet<>();
}
