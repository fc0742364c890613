package org.civic.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A name in Chinese and, where known, English")
public record LocalizedName(
        @NotBlank @Size(max = 100) @Schema(required = true, examples = "晋江市")
        String zh,

        @Size(max = 200) @Schema(nullable = true, examples = "Jinjiang City")
        String en) {}
