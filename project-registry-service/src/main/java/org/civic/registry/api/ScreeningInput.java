package org.civic.registry.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff's screening of a suggestion against the criteria and the negative list. */
@Schema(
        description = "ACCEPTED (the reason is optional), MERGED into another suggestion (mergedIntoId), or REJECTED "
                + "with the criterion (普惠性, 实效性, 可行性, 目标可量化) or negative-list entry (楼堂馆所, 烂尾工程, "
                + "资金挪用停工) it fails as the reason")
public record ScreeningInput(
        @NotNull Decision status,

        @Schema(
                nullable = true,
                description = "MERGED only: the suggestion it joins",
                examples = Examples.OTHER_SUGGESTION_ID)
        UUID mergedIntoId,

        @Size(max = 1000)
        @Schema(nullable = true, description = "Required for REJECTED", examples = Examples.SCREENING_REASON)
        String reason) {

    @Schema(name = "ScreeningDecision", description = "What the screening decided")
    public enum Decision {
        ACCEPTED,
        MERGED,
        REJECTED
    }
}
