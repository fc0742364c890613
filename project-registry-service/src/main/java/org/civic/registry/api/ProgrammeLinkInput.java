package org.civic.registry.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.civic.registry.entity.ProgrammeLink;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A project of another programme that this programme lists: linked, never copied")
public record ProgrammeLinkInput(
        @NotNull @Schema(examples = Examples.PROJECT_ID) UUID projectId,
        @NotNull ProgrammeLink.Kind kind,

        @Size(max = 1000) @Schema(nullable = true, examples = "2023年未完工, 列为续建项目")
        String note) {}
