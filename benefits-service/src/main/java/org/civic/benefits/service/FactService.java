package org.civic.benefits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civic.benefits.api.FactChangeView;
import org.civic.benefits.api.FactCorrection;
import org.civic.benefits.api.FactEnding;
import org.civic.benefits.api.FactInput;
import org.civic.benefits.api.FactView;
import org.civic.benefits.entity.AccessLogEntry;
import org.civic.benefits.entity.Fact;
import org.civic.benefits.entity.FactRevision;
import org.civic.benefits.mapping.BenefitsMapper;
import org.civic.benefits.repository.FactRepository;
import org.civic.benefits.repository.FactRevisionRepository;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.ETags;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;

/**
 * The life of a recorded fact: a benefits officer corrects it or ends it, naming the version read and a reason;
 * nothing is deleted, and each change appends a revision (who, when, before, after, why).
 */
@ApplicationScoped
public class FactService {

    private final FactRepository facts;
    private final FactRevisionRepository revisions;
    private final CitizenService citizens;
    private final AccessLogService accessLog;
    private final BenefitsMapper mapper;
    private final BusinessDates dates;

    public FactService(
            FactRepository facts,
            FactRevisionRepository revisions,
            CitizenService citizens,
            AccessLogService accessLog,
            BenefitsMapper mapper,
            BusinessDates dates) {
        this.facts = facts;
        this.revisions = revisions;
        this.citizens = citizens;
        this.accessLog = accessLog;
        this.mapper = mapper;
        this.dates = dates;
    }

    /** Replaces the fact's value, source and validity; the type stays (a different type is another fact). */
    @Transactional
    public Stored<FactView> correct(
            UUID citizenId, UUID factId, FactCorrection correction, String ifMatch, String actor) {
        Fact fact = current(citizenId, factId, ifMatch);
        FactInput corrected = new FactInput(
                fact.type, correction.value(), correction.source(), correction.validFrom(), correction.validUntil());
        List<Problem.Violation> violations = new ArrayList<>();
        citizens.checkFact(corrected, "", violations);
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        fact.value = corrected.value().strip();
        fact.source = corrected.source().strip();
        fact.validFrom = corrected.validFrom();
        fact.validUntil = corrected.validUntil();
        return changed(fact, FactRevision.Change.CORRECTED, actor, correction.reason());
    }

    /** Ends the fact on a day (default today): it holds until then, and is kept. */
    @Transactional
    public Stored<FactView> end(UUID citizenId, UUID factId, FactEnding ending, String ifMatch, String actor) {
        Fact fact = current(citizenId, factId, ifMatch);
        LocalDate until = ending.validUntil() == null ? dates.today() : ending.validUntil();
        if (fact.validUntil != null && !fact.validUntil.isAfter(until)) {
            throw ProblemException.conflict(
                            "fact-already-ended",
                            "The fact already ends on " + fact.validUntil + ", not after " + until + ".")
                    .with("validUntil", fact.validUntil);
        }
        if (fact.validFrom != null && until.isBefore(fact.validFrom)) {
            throw ProblemException.badRequest(
                    "validUntil",
                    "must not precede the fact's validFrom " + fact.validFrom + " (correct the fact instead)");
        }
        fact.validUntil = until;
        return changed(fact, FactRevision.Change.ENDED, actor, ending.reason());
    }

    /** Every change of the fact, oldest first; a read of the citizen's facts, so it is access-logged. */
    @Transactional
    public List<FactChangeView> history(UUID citizenId, UUID factId, Access access) {
        find(citizenId, factId);
        accessLog.record(citizenId, AccessLogEntry.Action.READ_FACTS, access);
        List<FactRevision> all = revisions.ofFact(factId);
        List<FactChangeView> changes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            FactRevision revision = all.get(i);
            changes.add(new FactChangeView(
                    revision.revision,
                    revision.change,
                    revision.knownFrom,
                    revision.changedBy,
                    revision.reason,
                    i == 0 ? null : FactChangeView.State.of(all.get(i - 1)),
                    FactChangeView.State.of(revision)));
        }
        return changes;
    }

    private Stored<FactView> changed(Fact fact, FactRevision.Change change, String actor, String reason) {
        revisions.append(fact, change, Times.now(), actor, reason.strip());
        // Flush so the answer carries the version the next If-Match must name.
        facts.flush();
        return Stored.of(mapper.toView(fact), fact.id, fact.version);
    }

    private Fact current(UUID citizenId, UUID factId, String ifMatch) {
        Fact fact = find(citizenId, factId);
        ETags.checkMatches(ifMatch, fact.version);
        return fact;
    }

    private Fact find(UUID citizenId, UUID factId) {
        citizens.get(citizenId);
        return facts.findByIdOptional(factId)
                .filter(fact -> fact.citizenId.equals(citizenId))
                .orElseThrow(() -> ProblemException.notFound("Fact", factId));
    }
}
