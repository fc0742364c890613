package org.civic.progress.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A 满意度测评 as the congress held it: members, deputies present, and each project's votes. */
@Schema(description = "The deputies' 满意度测评 of a programme's projects: members, present, and each project's tally.")
public record EvaluationInput(
        @Schema(examples = Examples.PROGRAMME_ID) @NotNull UUID programmeId,

        @Schema(examples = "2025-12-26") @NotNull LocalDate heldOn,

        @Schema(description = "组成人员: the members entitled to vote.", examples = "50") @NotNull @Min(1) @Max(10000)
        Integer members,

        @Schema(description = "The deputies present.", examples = "44") @NotNull @Min(0) @Max(10000)
        Integer present,

        @Schema(
                description = "The grading rule's code; its version in force on heldOn applies. zhenhai by default.",
                maxLength = 40,
                examples = "zhenhai",
                nullable = true)
        @Size(max = 40)
        @Pattern(regexp = "^[a-z][a-z0-9_-]{0,39}$")
        String rule,

        @Schema(description = "Marks demo or illustrative figures that no congress voted.", examples = "false")
        boolean illustrative,

        @Schema(maxLength = 2000, nullable = true, examples = "区人大常委会第二十次会议") @Size(max = 2000)
        String note,

        @NotEmpty @Size(max = 500) List<@Valid @NotNull Tally> tallies) {

    @Schema(description = "One project's votes; with the abstentions they add up to the deputies present.")
    public record Tally(
            @Schema(examples = Examples.PROJECT_ID) @NotNull UUID projectId,

            @Schema(description = "满意", examples = "40") @NotNull @Min(0) @Max(10000)
            Integer satisfied,

            @Schema(description = "基本满意", examples = "3") @NotNull @Min(0) @Max(10000)
            Integer basicallySatisfied,

            @Schema(description = "不满意", examples = "1") @NotNull @Min(0) @Max(10000)
            Integer dissatisfied,

            @Schema(description = "弃权", examples = "0") @NotNull @Min(0) @Max(10000)
            Integer abstained) {}
}
