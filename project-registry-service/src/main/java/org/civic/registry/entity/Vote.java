package org.civic.registry.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civic.common.persistence.Versioned;
import org.civic.registry.service.VoteCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A congress session's record of the deputies' vote on a programme's candidates (代表定). */
@Entity
public class Vote extends Versioned {

    @Schema(
            name = "VoteState",
            description = "RECORDED, then CONFIRMED (immutable; its projects exist) or SUPERSEDED by a correction")
    public enum State {
        RECORDED,
        CONFIRMED,
        SUPERSEDED
    }

    /** One candidate's count and the outcome the registry computed from it. */
    @Embeddable
    public static class Tally {
        public UUID candidateId;
        public int votesFor;
        public int votesAgainst;
        public int abstentions;
        public int rank;

        @Enumerated(EnumType.STRING)
        public VoteCount.Outcome outcome;
    }

    @Id
    public UUID id;

    public UUID programmeId;

    public String sessionName;

    public LocalDate sessionDate;

    public int deputiesSeated;

    public int deputiesPresent;

    @Enumerated(EnumType.STRING)
    public VoteCount.QuorumRule quorumRule;

    @Enumerated(EnumType.STRING)
    public VoteCount.PassRule passRule;

    public int seats;

    @Enumerated(EnumType.STRING)
    public State state;

    public UUID correctsId;

    public String correctionReason;

    public String recordedBy;

    public String confirmedBy;

    public Instant confirmedAt;

    @ElementCollection
    @CollectionTable(name = "vote_tally", joinColumns = @JoinColumn(name = "vote_id"))
    @OrderBy("rank")
    public List<Tally> tallies = new ArrayList<>();
}
