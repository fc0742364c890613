package org.civic.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project with its milestones, latest approved report and status as of a date. Each part is the owning service's
 * answer, passed on as it came (its schema is the service's), so a field a service adds appears here too.
 */
@Schema(
        description = "A project with its milestones, latest approved report and status as of a date; each part is "
                + "the owning service's answer. An optional part that failed is null and listed in degraded.")
public record ProjectOverview(
        @Schema(ref = "RegistryProjectView", description = "The project (required: without it the view is a problem).")
        JsonNode project,

        LocalDate asOf,

        @Schema(
                type = SchemaType.ARRAY,
                description = "Its milestones as they stood on asOf.",
                extensions = {
                    @Extension(name = ApiSchemas.ITEMS_REF, value = "ProgressMilestoneView"),
                    @Extension(name = ApiSchemas.OPTIONAL, value = "true")
                })
        JsonNode milestones,

        @Schema(
                ref = "ProgressReportView",
                extensions = @Extension(name = ApiSchemas.OPTIONAL, value = "true"),
                description = "The latest report approved for a period ending on or before asOf; null when none.")
        JsonNode latestApprovedReport,

        @Schema(
                ref = "ProgressProjectStatus",
                extensions = @Extension(name = ApiSchemas.OPTIONAL, value = "true"),
                description = "Its figures as of asOf.")
        JsonNode status,

        List<Degraded> degraded) {}
