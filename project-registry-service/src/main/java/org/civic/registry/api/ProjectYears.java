package org.civic.registry.api;

import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One project's identity across programmes and years: where it belongs and who lists it")
public record ProjectYears(
        @Schema(required = true, examples = Examples.PROJECT_ID)
        UUID projectId,

        @Schema(required = true, description = "Its own programme first, then the programmes that list it")
        List<Listing> programmes) {

    @Schema(name = "ProjectListing", description = "A programme the project belongs to (OWNS) or is linked from")
    public record Listing(
            @Schema(required = true, examples = Examples.PROGRAMME_ID)
            UUID programmeId,

            @Schema(required = true, examples = "2023") int year,

            @Schema(required = true, examples = Examples.REGION_CODE)
            String regionCode,

            @Schema(required = true) Region.Level tier,

            @Schema(
                    required = true,
                    enumeration = {"OWNS", "CARRIES_OUT", "CONTINUES"},
                    examples = "CONTINUES")
            String role) {}
}
