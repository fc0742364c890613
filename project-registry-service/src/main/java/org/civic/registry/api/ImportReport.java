package org.civic.registry.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of an import: counts, or every row error when nothing was written. */
@Schema(description = "The outcome of an import: counts, or every row error when nothing was written")
public record ImportReport(
        @Schema(required = true, description = "Whether this was a dry run (nothing written)", examples = "false")
        boolean dryRun,

        @Schema(required = true, description = "Whether the rows were written", examples = "true")
        boolean applied,

        @Schema(required = true, description = "Project rows in the file (the header not counted)", examples = "10")
        int rows,

        @Schema(required = true, description = "Rows that create a project", examples = "8")
        int created,

        @Schema(required = true, description = "Rows that change the project with the same code", examples = "1")
        int updated,

        @Schema(required = true, description = "Rows equal to the project with the same code", examples = "1")
        int unchanged,

        @Schema(required = true, description = "Every error found; empty when the import can be applied")
        List<RowError> errors) {

    @Schema(description = "An error in one cell of the file")
    public record RowError(
            @Schema(required = true, description = "The row, counting the header as row 1", examples = "3")
            int row,

            @Schema(required = true, description = "The column's English header", examples = "lead_department")
            String column,

            @Schema(required = true, examples = "unknown department JJ-XXX")
            String message) {}
}
