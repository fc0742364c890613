package org.civic.progress.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed from one snapshot to another, for the programme and project by project. */
@Schema(
        description =
                "What changed between two snapshots: the programme's rates and each project's line, field by field.")
public record SnapshotDiff(
        Side from,
        Side to,

        @Schema(description = "Changed fields of the programme's rates (completionRate, startRate, …).")
        List<Change> programme,

        @Schema(description = "Projects whose line changed, was added or left.")
        List<ProjectChange> projects) {

    @Schema(description = "One of the two snapshots compared.")
    public record Side(
            UUID id,
            LocalDate asOf,

            @Schema(maxLength = 64, examples = "9f2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a")
            String contentHash) {}

    @Schema(description = "A field whose value differs; values as JSON text, null when absent.")
    public record Change(
            @Schema(maxLength = 64, examples = "completionPercent")
            String field,

            @Schema(maxLength = 500, nullable = true, examples = "60")
            String from,

            @Schema(maxLength = 500, nullable = true, examples = "80")
            String to) {}

    @Schema(description = "A project's changes; ADDED or REMOVED when it is in only one of the snapshots.")
    public record ProjectChange(
            UUID projectId,
            @Schema(maxLength = 64, examples = "JJ2022-07") String code,
            @Schema(maxLength = 500, examples = "长者食堂") String title,

            @Schema(
                    enumeration = {"CHANGED", "ADDED", "REMOVED"},
                    examples = "CHANGED")
            String kind,

            List<Change> changes) {}
}
