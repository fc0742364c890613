package org.civic.progress.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.civic.common.problem.Problem;
import org.junit.jupiter.api.Test;

/** A grading rule is data: every error of a definition is reported with its path. */
class GradingRuleTest {

    @Test
    void aBadDefinitionIsRefusedNamingEveryPath() throws Exception {
        List<Problem.Violation> violations = new ArrayList<>();
        assertNull(GradingRule.parse(new ObjectMapper().readTree("""
                {"quorum": {"of": "MEMBERS", "moreThan": 1.5},
                 "grades": [{"grade": "HAPPY", "counts": ["SATISFIED", "YES"], "of": "VOTERS", "atLeast": 0.5}],
                 "otherwise": "NOT_SATISFIED"}"""), violations));
        assertEquals(
                List.of(
                        "definition.quorum",
                        "definition.grades[0].grade",
                        "definition.grades[0].counts[1]",
                        "definition.grades[0].of"),
                violations.stream().map(Problem.Violation::field).toList());
    }
}
