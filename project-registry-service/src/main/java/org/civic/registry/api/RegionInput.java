package org.civic.registry.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civic.registry.entity.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region as clients write it; on PUT the code comes from the path and may be omitted here. */
@Schema(
        description = "A region as written. On PUT the code comes from the path: leave it out or send the same one; "
                + "the body of a GET may be sent back whole.")
public record RegionInput(
        @Size(max = Codes.REGION_MAX_LENGTH)
        @Pattern(regexp = Codes.REGION, message = "must be a 6 to 12 digit " + "administrative division code")
        @Schema(description = "The GB/T 2260 code; required on POST", examples = Examples.REGION_CODE)
        String code,

        @NotNull @Valid LocalizedName name,
        @NotNull Region.Level level,

        @Size(max = Codes.REGION_MAX_LENGTH)
        @Pattern(regexp = Codes.REGION, message = "must be a 6 to 12 digit " + "administrative division code")
        @Schema(
                nullable = true,
                description = "The region it lies in, at a higher level; none for a province",
                examples = Examples.REGION_PARENT_CODE)
        String parentCode) {}
