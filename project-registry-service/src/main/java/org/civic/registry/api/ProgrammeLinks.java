package org.civic.registry.api;

import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A programme's tier and the projects of other programmes it lists")
public record ProgrammeLinks(
        @Schema(required = true, examples = Examples.PROGRAMME_ID)
        UUID programmeId,

        @Schema(required = true, description = "Its region's level: PROVINCE, CITY or COUNTY")
        Region.Level tier,

        @Schema(required = true) List<ProgrammeLinkView> links) {}
