package org.civic.registry.api;

import org.civic.registry.entity.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A region (GB/T 2260): province › city › county-level district")
public record RegionView(
        @Schema(
                required = true,
                description = "The GB/T 2260 administrative division code, the region's identity",
                examples = Examples.REGION_CODE)
        String code,

        @Schema(required = true) LocalizedName name,
        @Schema(required = true) Region.Level level,

        @Schema(
                required = true,
                nullable = true,
                description = "The region it lies in; null for a province",
                examples = Examples.REGION_PARENT_CODE)
        String parentCode) {}
