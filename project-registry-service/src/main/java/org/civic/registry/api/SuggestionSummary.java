package org.civic.registry.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many suggestions a region collected for a year, and what became of them (通州 collected 4,986). */
@Schema(description = "Counts of a region's suggestions for a year, by screening status")
public record SuggestionSummary(
        @Schema(required = true, examples = Examples.REGION_CODE)
        String regionCode,

        @Schema(required = true, examples = "2022") int year,
        @Schema(required = true, examples = "4986") long total,
        @Schema(required = true, examples = "120") long submitted,
        @Schema(required = true, examples = "3100") long accepted,
        @Schema(required = true, examples = "1200") long merged,
        @Schema(required = true, examples = "566") long rejected) {}
