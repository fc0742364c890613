package org.civic.gateway.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One committed change of the registry or of progress tracking, as the merged feed and webhooks carry it. {@code data}
 * is the source's JSON as it came (typed Object, as the annotations would describe Jackson's JsonNode instead).
 */
@Schema(description = "One committed change of the registry or of progress tracking")
public record ChangeItem(
        @Schema(
                required = true,
                description = "The event's id, the same on every read and every webhook delivery (deduplicate by it)",
                maxLength = 30,
                examples = "registry-1042")
        String id,

        @Schema(
                required = true,
                description = "Which service recorded it",
                enumeration = {SOURCE_REGISTRY, SOURCE_PROGRESS})
        String source,

        @Schema(
                required = true,
                description = "The cursor just after this item: pass it as `after` to continue from here",
                maxLength = 41,
                examples = Examples.CHANGE_CURSOR)
        String cursor,

        @Schema(
                required = true,
                description = "What happened: region.*, department.*, programme.*, project.created, project.updated,"
                        + " project.cancelled, project.deleted (registry); report.approved, report.returned,"
                        + " milestone.met, project.status-changed (progress)",
                maxLength = 40,
                examples = "report.approved")
        String type,

        @Schema(
                required = true,
                description = "The changed entity: a uuid, or a region's GB/T 2260 code",
                maxLength = 40,
                examples = "5b7e2c1a-93d4-4f6e-8a0b-1c2d3e4f5a6b")
        String entityId,

        @Schema(required = true, description = "The entity's version after the change (its ETag)", examples = "3")
        long version,

        @Schema(required = true, description = "When the change committed", examples = "2024-12-20T08:30:00Z")
        Instant recordedAt,

        @Schema(
                required = true,
                nullable = true,
                description = "The programme the change belongs to; null for regions and departments",
                examples = "a3d5e7f9-1b2c-4d6e-8f0a-2c4e6a8b0d1f")
        UUID programmeId,

        @Schema(
                required = true,
                description = "The entity as its GET answers after the change, by `type`: a region, department,"
                        + " programme or project (registry); a report, a milestone or a project's status (progress);"
                        + " null for a deletion",
                extensions = {
                    @Extension(
                            name = ApiSchemas.ONE_OF_REFS,
                            value = "RegistryRegionView, RegistryDepartmentView, RegistryProgrammeView,"
                                    + " RegistryProjectView, ProgressReportView, ProgressMilestoneView,"
                                    + " ProgressProjectStatus"),
                    @Extension(name = ApiSchemas.OPTIONAL, value = "true")
                })
        Object data) {

    public static final String SOURCE_REGISTRY = "registry";
    public static final String SOURCE_PROGRESS = "progress";
}
