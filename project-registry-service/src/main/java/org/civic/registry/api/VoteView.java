package org.civic.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.Vote;
import org.civic.registry.service.VoteCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A vote as recorded, with the outcome the registry computed for every candidate")
public record VoteView(
        @Schema(required = true, readOnly = true, examples = Examples.VOTE_ID)
        UUID id,

        @Schema(required = true, examples = Examples.PROGRAMME_ID)
        UUID programmeId,

        @Schema(required = true, examples = Examples.SESSION_NAME)
        String sessionName,

        @Schema(required = true, examples = Examples.SESSION_DATE)
        LocalDate sessionDate,

        @Schema(required = true, examples = "350") int deputiesSeated,
        @Schema(required = true, examples = "331") int deputiesPresent,
        @Schema(required = true) VoteCount.QuorumRule quorumRule,
        @Schema(required = true) VoteCount.PassRule passRule,
        @Schema(required = true, examples = "12") int seats,

        @Schema(required = true, description = "How many candidates are SELECTED", examples = "12")
        int selectedCount,

        @Schema(
                required = true,
                description = "Seats left unfilled (candidates TIED at the last seat, or too few " + "passing)",
                examples = "0")
        int unfilledSeats,

        @Schema(required = true) Vote.State state,
        @Schema(required = true, description = "Best first") List<TallyView> tallies,

        @Schema(required = true, nullable = true, examples = Examples.VOTE_ID)
        UUID correctsVoteId,

        @Schema(required = true, nullable = true, examples = Examples.CORRECTION_REASON)
        String correctionReason,

        @Schema(required = true, examples = Examples.ACTOR) String recordedBy,

        @Schema(required = true, nullable = true, examples = Examples.ACTOR)
        String confirmedBy,

        @Schema(required = true, nullable = true, examples = Examples.UPDATED)
        Instant confirmedAt,

        @Schema(required = true, readOnly = true, examples = Examples.CREATED)
        Instant createdAt) {

    @Schema(name = "VoteTallyView", description = "One candidate's votes, place and outcome")
    public record TallyView(
            @Schema(required = true, examples = Examples.CANDIDATE_ID)
            UUID candidateId,

            @Schema(required = true, examples = Examples.PROJECT_CODE)
            String code,

            @Schema(required = true, examples = Examples.PROJECT_TITLE)
            String title,

            @Schema(required = true, examples = "298") int votesFor,
            @Schema(required = true, examples = "21") int votesAgainst,
            @Schema(required = true, examples = "12") int abstentions,

            @Schema(required = true, description = "1 = most votes for", examples = "1")
            int rank,

            @Schema(required = true) VoteCount.Outcome outcome) {}
}
