package org.civic.registry.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.civic.registry.entity.Region;

/** A region as clients write it; on PUT the code comes from the path and may be omitted here. */
public record RegionInput(
        @Pattern(regexp = Codes.REGION, message = "must be a 6 to 12 digit administrative division code") String code,
        @NotNull @Valid LocalizedName name,
        @NotNull Region.Level level,
        @Pattern(regexp = Codes.REGION, message = "must be a 6 to 12 digit administrative division code") String parentCode) {
}
