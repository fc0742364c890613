package org.civic.progress.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A name or label in Chinese and English ({@code en} is null where the registry holds none). */
@Schema(description = "A name in Chinese and English; en is null where none is recorded.")
public record Label(
        @Schema(maxLength = 200, examples = "晋江市") String zh,

        @Schema(maxLength = 200, examples = "Jinjiang City", nullable = true)
        String en) {}
