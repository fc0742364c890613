package org.civic.registry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The counting rules on their own: quorum, pass rule, ranking and the tie at the last seat. */
class VoteCountTest {

    private static final VoteCount.Session SESSION = new VoteCount.Session(
            300, 240, VoteCount.QuorumRule.TWO_THIRDS_OF_SEATED, VoteCount.PassRule.MORE_THAN_HALF_OF_SEATED, 2);

    private static final List<VoteCount.Count> ONE = List.of(count("A", 0, 0));

    @Test
    void twoThirdsIsMetAtExactlyTwoThirdsAndMoreThanHalfNeedsMoreThanHalf() {
        assertEquals(List.of(), VoteCount.check(session(300, 200, VoteCount.QuorumRule.TWO_THIRDS_OF_SEATED), ONE));
        assertEquals(
                "quorum-not-met",
                VoteCount.check(session(300, 199, VoteCount.QuorumRule.TWO_THIRDS_OF_SEATED), ONE)
                        .get(0)
                        .slug());
        assertEquals(
                "quorum-not-met",
                VoteCount.check(session(300, 150, VoteCount.QuorumRule.MORE_THAN_HALF_OF_SEATED), ONE)
                        .get(0)
                        .slug());
    }

    @Test
    void aCandidateNeedsMoreThanHalfOfAllSeatedDeputiesEvenWhenItRanksWithinTheSeats() {
        List<VoteCount.Result> results = VoteCount.count(SESSION, List.of(count("A", 200, 10), count("B", 150, 10)));
        assertEquals(VoteCount.Outcome.SELECTED, results.get(0).outcome());
        assertEquals(VoteCount.Outcome.BELOW_THRESHOLD, results.get(1).outcome(), "150 is half of 300, not more");
    }

    @Test
    void fewerVotesAgainstBreaksATieInVotesForButATrueTieAtTheLastSeatIsLeftToTheCongress() {
        List<VoteCount.Result> ordered =
                VoteCount.count(SESSION, List.of(count("A", 200, 20), count("B", 210, 5), count("C", 200, 10)));
        assertEquals(
                List.of("B", "C", "A"),
                ordered.stream().map(r -> r.count().label()).toList());
        assertEquals(VoteCount.Outcome.NOT_SELECTED, ordered.get(2).outcome());

        List<VoteCount.Result> tied =
                VoteCount.count(SESSION, List.of(count("A", 200, 10), count("B", 210, 5), count("C", 200, 10)));
        assertEquals(
                List.of(VoteCount.Outcome.SELECTED, VoteCount.Outcome.TIED, VoteCount.Outcome.TIED),
                tied.stream().map(VoteCount.Result::outcome).toList());

        List<VoteCount.Result> tiedInside =
                VoteCount.count(SESSION, List.of(count("A", 200, 10), count("B", 200, 10), count("C", 160, 10)));
        assertEquals(
                List.of(VoteCount.Outcome.SELECTED, VoteCount.Outcome.SELECTED, VoteCount.Outcome.NOT_SELECTED),
                tiedInside.stream().map(VoteCount.Result::outcome).toList(),
                "a tie that fits within the seats selects both");
    }

    private static VoteCount.Session session(int seated, int present, VoteCount.QuorumRule quorum) {
        return new VoteCount.Session(seated, present, quorum, VoteCount.PassRule.MORE_THAN_HALF_OF_SEATED, 1);
    }

    private static VoteCount.Count count(String label, int votesFor, int against) {
        return new VoteCount.Count(UUID.randomUUID(), label, votesFor, against, 0);
    }
}
