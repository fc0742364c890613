package org.civic.registry.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a project came from: the candidate, the vote that selected it and the suggestions behind it. */
@Schema(
        description =
                "A project's lineage: project → candidate → suggestions, with the confirmed vote that selected it")
public record LineageView(
        @Schema(required = true, examples = Examples.PROJECT_ID)
        UUID projectId,

        @Schema(required = true, examples = Examples.PROJECT_CODE)
        String projectCode,

        @Schema(required = true) CandidateView candidate,
        @Schema(required = true) Selection selection,

        @Schema(required = true, description = "Accepted suggestions, without contact data")
        List<SuggestionView> suggestions) {

    @Schema(name = "LineageSelection", description = "The confirmed vote that selected the candidate")
    public record Selection(
            @Schema(required = true, examples = Examples.VOTE_ID)
            UUID voteId,

            @Schema(required = true, examples = Examples.SESSION_NAME)
            String sessionName,

            @Schema(required = true, examples = Examples.SESSION_DATE)
            LocalDate sessionDate,

            @Schema(required = true, examples = "298") int votesFor,
            @Schema(required = true, examples = "21") int votesAgainst,
            @Schema(required = true, examples = "12") int abstentions,
            @Schema(required = true, examples = "1") int rank) {}
}
