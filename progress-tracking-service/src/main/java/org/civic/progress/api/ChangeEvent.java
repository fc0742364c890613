package org.civic.progress.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;
import org.civic.common.feed.ChangeFeedQuery;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One committed event of progress tracking, as the change feed ({@code GET /changes}) lists it. */
@Schema(description = "One committed event: what happened, to which entity, and its representation afterwards")
public record ChangeEvent(
        @Schema(
                required = true,
                description = "This event's cursor: pass it as `after` to read the events that follow it",
                examples = ChangeFeedQuery.CURSOR_EXAMPLE)
        String cursor,

        @Schema(
                required = true,
                description = "What happened",
                enumeration = {REPORT_APPROVED, REPORT_RETURNED, MILESTONE_MET, PROJECT_STATUS_CHANGED})
        String type,

        @Schema(
                required = true,
                description = "The report or milestone; for project.status-changed, the project",
                examples = Examples.REPORT_ID)
        String entityId,

        @Schema(
                required = true,
                description = "The report's or milestone's version after the write (its ETag); for"
                        + " project.status-changed, the version of the report or milestone whose write changed it",
                examples = "3")
        long version,

        @Schema(required = true, description = "When the event committed", examples = "2024-12-20T08:30:00Z")
        Instant time,

        @Schema(required = true, description = "The programme of the project", examples = Examples.PROGRAMME_ID)
        UUID programmeId,

        @Schema(
                required = true,
                type = SchemaType.OBJECT,
                description = "The report or milestone as a GET returns it after the write; for"
                        + " project.status-changed, the project's status as of the business day",
                oneOf = {ReportView.class, MilestoneView.class, ProjectStatus.class})
        @JsonRawValue
        String data) {

    public static final String REPORT_APPROVED = "report.approved";
    public static final String REPORT_RETURNED = "report.returned";
    public static final String MILESTONE_MET = "milestone.met";
    public static final String PROJECT_STATUS_CHANGED = "project.status-changed";
}
