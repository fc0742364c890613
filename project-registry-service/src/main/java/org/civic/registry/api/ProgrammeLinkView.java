package org.civic.registry.api;

import java.time.Instant;
import java.util.UUID;
import org.civic.registry.entity.ProgrammeLink;
import org.civic.registry.entity.Project;
import org.civic.registry.entity.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A linked project as a programme lists it, with the programme it belongs to")
public record ProgrammeLinkView(
        @Schema(required = true, examples = Examples.PROGRAMME_ID)
        UUID programmeId,

        @Schema(required = true) ProgrammeLink.Kind kind,

        @Schema(required = true, examples = Examples.PROJECT_ID)
        UUID projectId,

        @Schema(required = true, examples = Examples.PROJECT_CODE)
        String projectCode,

        @Schema(required = true, examples = Examples.PROJECT_TITLE)
        String projectTitle,

        @Schema(required = true) Project.State projectState,

        @Schema(required = true, description = "The programme the project belongs to", examples = Examples.PROGRAMME_ID)
        UUID ownerProgrammeId,

        @Schema(required = true, examples = "2023") int ownerYear,

        @Schema(required = true, description = "The owning programme's tier")
        Region.Level ownerTier,

        @Schema(required = true, nullable = true, examples = "2023年未完工, 列为续建项目")
        String note,

        @Schema(required = true, examples = Examples.ACTOR) String linkedBy,

        @Schema(required = true, examples = Examples.CREATED)
        Instant linkedAt) {}
