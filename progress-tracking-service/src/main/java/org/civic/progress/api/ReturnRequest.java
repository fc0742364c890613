package org.civic.progress.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ReturnRequest(
        @Schema(description = "What the reporter should change", examples = "请补充停车泊位的分布明细")
        @NotBlank(message = "a returned report needs a comment")
        @Size(max = 2000)
        String comment) {}
