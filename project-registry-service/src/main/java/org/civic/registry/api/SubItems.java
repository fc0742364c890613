package org.civic.registry.api;

import java.util.List;
import java.util.UUID;
import org.civic.registry.service.RollUp;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A project's sub-items and the roll-up rule that weighs them for the parent")
public record SubItems(
        @Schema(required = true, examples = Examples.PROJECT_ID)
        UUID projectId,

        @Schema(required = true, description = "How the shares were found (README \"Sub-items\")")
        RollUp.Basis basis,

        @Schema(required = true) List<SubItemView> items) {}
