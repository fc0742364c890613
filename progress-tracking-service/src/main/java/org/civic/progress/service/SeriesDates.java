package org.civic.progress.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.civic.common.problem.ProblemException;
import org.civic.progress.api.ProgrammeSeries.Step;

/**
 * The dates of a series: the end of every month (or quarter) from {@code from} to {@code to}, and {@code to} itself
 * when it is no period end, so that "this year so far" ends today. At most {@value #MAX_POINTS} points.
 */
final class SeriesDates {

    static final int MAX_POINTS = 24;

    private SeriesDates() {}

    static List<LocalDate> between(LocalDate from, LocalDate to, Step step) {
        if (from.isAfter(to)) {
            throw ProblemException.badRequest("from", "must not be after to (" + to + ")");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate end = periodEnd(from, step);
                !end.isAfter(to) && dates.size() <= MAX_POINTS;
                end = periodEnd(end.plusDays(1), step)) {
            dates.add(end);
        }
        if (dates.isEmpty() || dates.get(dates.size() - 1).isBefore(to) && dates.size() <= MAX_POINTS) {
            dates.add(to);
        }
        if (dates.size() > MAX_POINTS) {
            throw ProblemException.badRequest(
                    "to",
                    "a series has at most " + MAX_POINTS + " points; from " + from + " to " + to + " by "
                            + step.name().toLowerCase() + " has more: ask for a shorter span"
                            + (step == Step.MONTH ? " or step=quarter" : ""));
        }
        return dates;
    }

    private static LocalDate periodEnd(LocalDate date, Step step) {
        YearMonth month = YearMonth.from(date);
        if (step == Step.QUARTER) {
            month = month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 3);
        }
        return month.atEndOfMonth();
    }
}
