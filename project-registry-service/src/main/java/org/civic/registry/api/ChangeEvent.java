package org.civic.registry.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;
import org.civic.common.feed.ChangeFeedQuery;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One committed change of the registry, as the change feed ({@code GET /changes}) lists it. */
@Schema(description = "One committed change: what changed, to which version, and its representation afterwards")
public record ChangeEvent(
        @Schema(
                required = true,
                description = "This change's cursor: pass it as `after` to read the changes that follow it",
                examples = ChangeFeedQuery.CURSOR_EXAMPLE)
        String cursor,

        @Schema(
                required = true,
                description = "What happened",
                enumeration = {
                    REGION_CREATED,
                    REGION_UPDATED,
                    DEPARTMENT_CREATED,
                    DEPARTMENT_UPDATED,
                    PROGRAMME_CREATED,
                    PROGRAMME_UPDATED,
                    PROJECT_CREATED,
                    PROJECT_UPDATED,
                    PROJECT_CANCELLED,
                    PROJECT_DELETED
                })
        String type,

        @Schema(
                required = true,
                description = "The changed entity: a uuid, or a region's GB/T 2260 code",
                examples = Examples.PROJECT_ID)
        String entityId,

        @Schema(
                required = true,
                description = "The entity's version after the change (its ETag); a deletion carries the version after"
                        + " the last one",
                examples = "3")
        long version,

        @Schema(required = true, description = "When the change committed", examples = "2022-03-01T08:30:00Z")
        Instant time,

        @Schema(
                required = true,
                nullable = true,
                description = "The programme the change belongs to (the programme itself, or a project's); null for"
                        + " regions and departments",
                examples = Examples.PROGRAMME_ID)
        UUID programmeId,

        @Schema(
                required = true,
                nullable = true,
                type = SchemaType.OBJECT,
                description = "The entity as a GET returns it after the change; null for a deletion",
                oneOf = {RegionView.class, DepartmentView.class, ProgrammeView.class, ProjectView.class})
        @JsonRawValue
        String data) {

    public static final String REGION_CREATED = "region.created";
    public static final String REGION_UPDATED = "region.updated";
    public static final String DEPARTMENT_CREATED = "department.created";
    public static final String DEPARTMENT_UPDATED = "department.updated";
    public static final String PROGRAMME_CREATED = "programme.created";
    public static final String PROGRAMME_UPDATED = "programme.updated";
    public static final String PROJECT_CREATED = "project.created";
    public static final String PROJECT_UPDATED = "project.updated";
    public static final String PROJECT_CANCELLED = "project.cancelled";
    public static final String PROJECT_DELETED = "project.deleted";
}
