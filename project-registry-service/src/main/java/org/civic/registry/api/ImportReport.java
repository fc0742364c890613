package org.civic.registry.api;

import java.util.List;

/** The outcome of an import: counts, or every row error when nothing was written. */
public record ImportReport(boolean dryRun, boolean applied, int rows, int created, int updated, int unchanged,
                           List<RowError> errors) {

    public record RowError(int row, String column, String message) {
    }
}
