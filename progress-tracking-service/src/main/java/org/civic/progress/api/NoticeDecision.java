package org.civic.progress.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The issuer's decision on a notice: close, extend (with a new due date) or escalate, with a comment. */
@Schema(description = "The issuer's decision: a comment, and for an extension the new due date.")
public record NoticeDecision(
        @Schema(examples = "整改措施落实到位，予以销号") @NotBlank @Size(max = 2000)
        String comment,

        @Schema(
                description = "Extend only: the new due date, after the current one.",
                nullable = true,
                examples = "2023-11-30")
        LocalDate dueDate) {}
