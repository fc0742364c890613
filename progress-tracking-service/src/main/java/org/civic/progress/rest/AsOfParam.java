package org.civic.progress.rest;

import java.time.LocalDate;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Params;

/**
 * The {@code asOf} query parameter of every endpoint that answers "as of a date" (status, summary, milestone and
 * report lists): an ISO date, today when absent, never in the future (400). What counts as of the date is decided
 * in one place each: {@link org.civic.progress.entity.Milestone#metBy} / {@code missedBy} for milestones and
 * {@link org.civic.progress.entity.Report#countsAsOf} for reports.
 */
final class AsOfParam {

    static final String NAME = "asOf";

    private AsOfParam() {
    }

    /** The date, or today when {@code value} is absent. */
    static LocalDate orToday(String value) {
        LocalDate date = given(value);
        return date == null ? LocalDate.now() : date;
    }

    /** The date, or null when {@code value} is absent. */
    static LocalDate given(String value) {
        LocalDate date = Params.date(NAME, value);
        if (date != null && date.isAfter(LocalDate.now())) {
            throw ProblemException.badRequest(NAME, "must not be in the future");
        }
        return date;
    }
}
