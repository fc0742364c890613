package org.civic.registry.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.registry.service.VoteCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A congress session's vote on the programme's candidates, as the session's secretariat reports it. */
@Schema(
        description = "The record of the deputies' vote (代表定): the session, the rules, the seats and every "
                + "candidate's votes. The registry records the outcome; it does not run the voting")
public record VoteInput(
        @NotBlank @Size(max = 300) @Schema(examples = Examples.SESSION_NAME)
        String sessionName,

        @NotNull @Schema(examples = Examples.SESSION_DATE) LocalDate sessionDate,

        @NotNull @Min(1) @Max(100000) @Schema(description = "Deputies seated (全体代表)", examples = "350")
        Integer deputiesSeated,

        @NotNull @Min(0) @Max(100000) @Schema(description = "Deputies present at the vote", examples = "331")
        Integer deputiesPresent,

        @Schema(nullable = true, description = "TWO_THIRDS_OF_SEATED when left out")
        VoteCount.QuorumRule quorumRule,

        @Schema(nullable = true, description = "MORE_THAN_HALF_OF_SEATED when left out")
        VoteCount.PassRule passRule,

        @NotNull @Min(1) @Max(1000) @Schema(description = "Seats to fill: how many projects to select", examples = "12")
        Integer seats,

        @NotEmpty @Size(max = 1000) @Schema(description = "Every candidate of the programme, once")
        List<@NotNull @Valid Tally> tallies,

        @Schema(
                nullable = true,
                description = "A correction names the record it corrects (which becomes SUPERSEDED)",
                examples = Examples.VOTE_ID)
        UUID correctsVoteId,

        @Size(max = 1000)
        @Schema(nullable = true, description = "Required with correctsVoteId", examples = Examples.CORRECTION_REASON)
        String correctionReason) {

    @Schema(name = "VoteTallyInput", description = "One candidate's votes")
    public record Tally(
            @NotNull @Schema(examples = Examples.CANDIDATE_ID)
            UUID candidateId,

            @NotNull @Min(0) @Max(100000) @Schema(examples = "298")
            Integer votesFor,

            @NotNull @Min(0) @Max(100000) @Schema(examples = "21")
            Integer votesAgainst,

            @NotNull @Min(0) @Max(100000) @Schema(examples = "12")
            Integer abstentions) {}
}
