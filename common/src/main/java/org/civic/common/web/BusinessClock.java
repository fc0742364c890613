package org.civic.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.civic.common.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What day it is for the suite: the city's day (civic.business-zone, Asia/Shanghai), not the JVM's, so a gateway in
 * UTC and a service in CST never disagree between 00:00 and 08:00 China time. Also the one rule for an {@code asOf}
 * query parameter: an ISO date, never in the future (400), today when absent.
 */
@ApplicationScoped
public class BusinessClock {

    public static final String AS_OF = "asOf";

    private final Clock clock;

    @Inject
    public BusinessClock(@ConfigProperty(name = "civic.business-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this(Clock.system(zone));
    }

    /** A clock of the caller's choosing, for tests that fix the day. */
    public BusinessClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The date asked for, or today when {@code value} is absent. */
    public LocalDate asOfOrToday(String value) {
        LocalDate date = asOf(value);
        return date == null ? today() : date;
    }

    /** The date asked for, or null when {@code value} is absent. */
    public LocalDate asOf(String value) {
        LocalDate date = Params.date(AS_OF, value);
        if (date != null && date.isAfter(today())) {
            throw ProblemException.badRequest(AS_OF, "must not be in the future");
        }
        return date;
    }
}
