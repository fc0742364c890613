package org.civic.progress.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A 督办 notice issued by hand: which project, why, and by when its lead department must reply. */
@Schema(description = "A 督办 notice issued by a reviewer or admin to the project's lead department.")
public record NoticeInput(
        @Schema(examples = Examples.PROJECT_ID) @NotNull UUID projectId,

        @Schema(description = "The day the department must reply by; today or later.", examples = "2023-11-15") @NotNull
        LocalDate dueDate,

        @Schema(examples = "进度滞后于序时进度，列入挂牌督办") @NotBlank @Size(max = 2000)
        String reason) {}
