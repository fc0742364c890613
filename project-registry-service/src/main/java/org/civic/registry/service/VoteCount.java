package org.civic.registry.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Counts a deputies' vote: whether the session had its quorum, whether the tally is consistent, and which
 * candidates fill the seats. Pure: no database, no clock (README "The deputies' vote").
 *
 * <p>Selection: a candidate passes when its votes for meet the pass rule; passing candidates are ranked by votes
 * for (more first), then votes against (fewer first); the first {@code seats} are selected. <b>Ties:</b> the registry
 * never breaks a tie at the last seat: candidates with the same votes for and against that straddle the cut-off are
 * all {@code TIED} and their seats stay unfilled; the congress decides (a run-off), and the result is recorded as a
 * correction. A vote with a tie cannot be confirmed.
 */
public final class VoteCount {

    @Schema(
            name = "QuorumRule",
            description = "How many seated deputies must be present: TWO_THIRDS_OF_SEATED (at least two thirds, "
                    + "三分之二以上) or MORE_THAN_HALF_OF_SEATED")
    public enum QuorumRule {
        TWO_THIRDS_OF_SEATED,
        MORE_THAN_HALF_OF_SEATED;

        boolean met(int seated, int present) {
            return switch (this) {
                case TWO_THIRDS_OF_SEATED -> 3L * present >= 2L * seated;
                case MORE_THAN_HALF_OF_SEATED -> 2L * present > seated;
            };
        }
    }

    @Schema(
            name = "PassRule",
            description = "What a candidate needs to be eligible for a seat: votes for from MORE_THAN_HALF_OF_SEATED "
                    + "deputies (以全体代表的过半数通过) or MORE_THAN_HALF_OF_PRESENT")
    public enum PassRule {
        MORE_THAN_HALF_OF_SEATED,
        MORE_THAN_HALF_OF_PRESENT;

        boolean passes(int votesFor, int seated, int present) {
            int base = this == MORE_THAN_HALF_OF_SEATED ? seated : present;
            return 2L * votesFor > base;
        }
    }

    @Schema(
            name = "VoteOutcome",
            description = "SELECTED (fills a seat), NOT_SELECTED (passed but ranked below the seats), TIED (tied at "
                    + "the last seat: not selected, the congress decides) or BELOW_THRESHOLD (did not pass)")
    public enum Outcome {
        SELECTED,
        NOT_SELECTED,
        TIED,
        BELOW_THRESHOLD
    }

    /** The session as recorded. */
    public record Session(int seated, int present, QuorumRule quorum, PassRule pass, int seats) {}

    /** One candidate's votes. */
    public record Count(UUID candidateId, String label, int votesFor, int votesAgainst, int abstentions) {

        int cast() {
            return votesFor + votesAgainst + abstentions;
        }
    }

    /** A candidate's place (1 = most votes for) and outcome. */
    public record Result(Count count, int rank, Outcome outcome) {}

    /** Why a tally cannot be right; {@code slug} names the rule, {@code detail} says which numbers break it. */
    public record Refusal(String slug, String detail) {}

    private VoteCount() {}

    /** Every reason the session and tally cannot be counted; empty when they can. */
    public static List<Refusal> check(Session session, List<Count> counts) {
        List<Refusal> refusals = new ArrayList<>();
        if (!session.quorum().met(session.seated(), session.present())) {
            refusals.add(new Refusal(
                    "quorum-not-met",
                    session.present() + " of " + session.seated() + " seated deputies present: the quorum "
                            + session.quorum() + " is not met"));
        }
        for (Count count : counts) {
            if (count.cast() > session.present()) {
                refusals.add(new Refusal(
                        "tally-exceeds-present",
                        count.label() + " has " + count.cast() + " votes (for " + count.votesFor() + ", against "
                                + count.votesAgainst() + ", abstaining " + count.abstentions() + ") but only "
                                + session.present() + " deputies were present"));
            }
        }
        if (session.seats() > counts.size()) {
            refusals.add(new Refusal(
                    "more-seats-than-candidates",
                    session.seats() + " seats but only " + counts.size() + " candidates"));
        }
        return refusals;
    }

    /** The outcome of every candidate, best first; call only when {@link #check} found nothing. */
    public static List<Result> count(Session session, List<Count> counts) {
        Comparator<Count> order = Comparator.comparingInt(Count::votesFor)
                .reversed()
                .thenComparingInt(Count::votesAgainst)
                .thenComparing(Count::label);
        List<Count> passing = counts.stream()
                .filter(c -> session.pass().passes(c.votesFor(), session.seated(), session.present()))
                .sorted(order)
                .toList();
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < passing.size(); i++) {
            Count count = passing.get(i);
            Outcome outcome;
            if (tiedAcrossTheCut(passing, i, session.seats())) {
                outcome = Outcome.TIED;
            } else {
                outcome = i < session.seats() ? Outcome.SELECTED : Outcome.NOT_SELECTED;
            }
            results.add(new Result(count, i + 1, outcome));
        }
        counts.stream()
                .filter(c -> !session.pass().passes(c.votesFor(), session.seated(), session.present()))
                .sorted(order)
                .forEach(c -> results.add(new Result(c, results.size() + 1, Outcome.BELOW_THRESHOLD)));
        return results;
    }

    /**
     * Whether the candidate at {@code index} ties (same votes for and against) with candidates on both sides of
     * the cut-off: some of its group would be inside the seats and some outside.
     */
    private static boolean tiedAcrossTheCut(List<Count> ranked, int index, int seats) {
        if (seats >= ranked.size()) {
            return false;
        }
        Count count = ranked.get(index);
        int first = index;
        while (first > 0 && sameVotes(ranked.get(first - 1), count)) {
            first--;
        }
        int last = index;
        while (last < ranked.size() - 1 && sameVotes(ranked.get(last + 1), count)) {
            last++;
        }
        return first < seats && last >= seats;
    }

    private static boolean sameVotes(Count a, Count b) {
        return a.votesFor() == b.votesFor() && a.votesAgainst() == b.votesAgainst();
    }
}
