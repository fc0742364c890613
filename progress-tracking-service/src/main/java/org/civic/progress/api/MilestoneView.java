package org.civic.progress.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code status} is as of the date asked for (default today): SCHEDULED, MET, or MISSED (planned date passed without an actual date). */
public record MilestoneView(
        @Schema(readOnly = true, examples = Examples.MILESTONE_ID)
        UUID id,

        @Schema(readOnly = true, description = "The registry project", examples = Examples.PROJECT_ID)
        UUID projectId,

        @Schema(examples = "COMPLETED") String code,

        @Schema(description = "The custom name, else the ladder's", examples = "竣工/已完成")
        String name,

        @Schema(
                readOnly = true,
                description = "Whether the code is a rung of the ladder (counts for the phase)",
                examples = "true")
        boolean standard,

        @Schema(examples = "2022-12-31") LocalDate plannedDate,

        @Schema(description = "Absent until met as of the date asked for", examples = "2022-10-31")
        LocalDate actualDate,

        @Schema(
                readOnly = true,
                description = "As of the date asked for",
                enumeration = {"SCHEDULED", "MET", "MISSED"},
                examples = "MET")
        String status) {}
