package org.civic.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.BusinessClock;
import org.junit.jupiter.api.Test;

/** The suite's "today" is the city's day, whatever the JVM's zone; asOf never lies in the future. */
class BusinessClockTest {

    /** 2022-10-31 23:30 UTC is already 1 November in 泉州 and 晋江. */
    final BusinessClock clock =
            new BusinessClock(Clock.fixed(Instant.parse("2022-10-31T23:30:00Z"), ZoneId.of("Asia/Shanghai")));

    @Test
    void todayIsTheCitysDayNotTheJvmsOne() {
        assertEquals(LocalDate.of(2022, 11, 1), clock.today());
        assertEquals(LocalDate.of(2022, 11, 1), clock.asOfOrToday(null));
        assertNull(clock.asOf(" "));
    }

    @Test
    void anAsOfInTheFutureIsRefusedAndTodayIsNot() {
        assertEquals(LocalDate.of(2022, 11, 1), clock.asOf("2022-11-01"));
        assertEquals(LocalDate.of(2022, 10, 31), clock.asOfOrToday("2022-10-31"));
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> clock.asOf("2022-11-02"))
                        .problem()
                        .getStatus());
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> clock.asOf("31/10/2022"))
                        .problem()
                        .getStatus());
    }
}
