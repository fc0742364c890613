package org.civic.benefits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ending a suspension before its term: always with a reason, kept with the sanction. */
public record SanctionLift(
        @Schema(description = "Why it is lifted early", examples = "复议决定：冒用系卡片被盗所致，撤销暂停") @NotBlank @Size(max = 500)
        String reason) {}
