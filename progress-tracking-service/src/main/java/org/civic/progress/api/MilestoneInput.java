package org.civic.progress.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.civic.common.web.OutputOnly;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone: a ladder code (APPROVED, STARTED, …) or a custom code with a name. */
@OutputOnly({"id", "projectId", "standard", "status"})
public record MilestoneInput(
        @Schema(
                description = "A ladder code (APPROVED 立项, STARTED 开工, STRUCTURE_DONE 主体完工, BASICALLY_COMPLETED 基本完成, "
                        + "COMPLETED 竣工, ACCEPTED 验收, IN_OPERATION 投入使用) or a custom code such as FIRST_CANTEEN_TRIAL; "
                        + "cannot change on PUT",
                examples = "COMPLETED")
        @NotNull
        @Size(max = Codes.MILESTONE_MAX_LENGTH)
        @Pattern(regexp = Codes.MILESTONE, message = "must be a ladder code or 2 to 40 of A-Z, 0-9 and _")
        String code,

        @Schema(
                description = "Required for a custom code; a ladder milestone is named by the ladder when left out",
                examples = "竣工/已完成")
        @Size(max = 200)
        String name,

        @Schema(
                description = "When it is planned; once passed without an actual date the milestone is MISSED",
                examples = "2022-12-31")
        LocalDate plannedDate,

        @Schema(
                description = "When it was met; not in the future, not before the project's APPROVED milestone",
                examples = "2022-10-31")
        LocalDate actualDate) {}
