package org.civic.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a project is cancelled; kept in its history and shown as cancelReason")
public record CancelRequest(
        @NotBlank(message = "a cancellation needs a reason") @Size(max = 1000) @Schema(examples = "因选址调整,项目并入2023年计划")
        String reason) {}
