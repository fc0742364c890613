package org.civic.benefits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The end of a fact: the last day it holds (a move away, a withdrawn card) and why. */
public record FactEnding(
        @Schema(description = "The last day the fact holds; absent: today (Asia/Shanghai)", examples = "2025-06-30")
        LocalDate validUntil,

        @Schema(description = "Why it ends (kept in the history)", examples = "户籍迁出泉州市") @NotBlank @Size(max = 500)
        String reason) {}
