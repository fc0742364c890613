package org.civic.registry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.civic.common.feed.ChangeCursor;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ChangeCursorTest {

    @Test
    void aCursorIsTheDecimalPositionItWasFormattedFrom() {
        assertEquals(1042L, ChangeCursor.parse("after", ChangeCursor.format(1042)));
        assertEquals(0L, ChangeCursor.parse("after", "0"));
        assertEquals(7L, ChangeCursor.parse("after", " 7 "));
        assertEquals(Long.MAX_VALUE, ChangeCursor.parse("after", Long.toString(Long.MAX_VALUE)));
    }

    @Test
    void noCursorMeansFromTheOldestChangeKept() {
        assertNull(ChangeCursor.parse("after", null));
        assertNull(ChangeCursor.parse("after", "  "));
    }

    @Test
    void anythingElseIsA400NamingTheParameter() {
        for (String bad : List.of("-1", "abc", "1.5", "+3", "１２", "9223372036854775808", "12345678901234567890")) {
            ProblemException refused = assertThrows(ProblemException.class, () -> ChangeCursor.parse("after", bad));
            assertEquals(400, refused.problem().getStatus(), bad);
            assertEquals(
                    List.of("after"),
                    refused.problem().getViolations().stream()
                            .map(Problem.Violation::field)
                            .toList(),
                    bad);
        }
    }
}
