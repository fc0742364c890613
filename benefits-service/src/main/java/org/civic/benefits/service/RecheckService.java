package org.civic.benefits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.benefits.api.RecheckPage;
import org.civic.benefits.api.RecheckRequest;
import org.civic.benefits.entity.AccessLogEntry;
import org.civic.benefits.entity.BenefitProgramme;
import org.civic.benefits.entity.RuleVersion;
import org.civic.benefits.repository.FactRepository;
import org.civic.benefits.repository.RuleVersionRepository;
import org.civic.benefits.rules.Facts;
import org.civic.benefits.rules.Outcome;
import org.civic.benefits.rules.Rule;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Times;

/**
 * Re-checks after a new rule version: every citizen evaluated under the previous version and the new one on the new
 * one's first day, in bounded batches by id (resumable with the cursor); those whose outcome changed are recorded for
 * officers (idempotently: a batch run twice records nothing twice) and returned.
 */
@ApplicationScoped
public class RecheckService {

    private static final int DEFAULT_SIZE = 500;

    private final ProgrammeService programmes;
    private final RuleVersionRepository versions;
    private final FactRepository facts;
    private final AccessLogService accessLog;

    public RecheckService(
            ProgrammeService programmes,
            RuleVersionRepository versions,
            FactRepository facts,
            AccessLogService accessLog) {
        this.programmes = programmes;
        this.versions = versions;
        this.facts = facts;
        this.accessLog = accessLog;
    }

    @Transactional
    public RecheckPage recheck(String programmeCode, int number, RecheckRequest request, Access access) {
        BenefitProgramme programme = programmes.get(programmeCode);
        List<RuleVersion> all = versions.ofProgramme(programme.id);
        RuleVersion version = all.stream()
                .filter(v -> v.number == number)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Rule version", programmeCode + "/" + number));
        RuleVersion previous = all.stream()
                .filter(v -> v.number == number - 1)
                .findFirst()
                .orElseThrow(() -> ProblemException.unprocessable(
                        "no-previous-rule-version", "Version 1 has no earlier version to compare with."));
        Rule before = Rule.parse(previous.criteria, previous.benefitCriteria, null);
        Rule after = Rule.parse(version.criteria, version.benefitCriteria, null);
        LocalDate asOf = version.effectiveFrom;
        int size = request == null || request.size() == null ? DEFAULT_SIZE : request.size();
        UUID cursor = BatchEligibilityService.decodeCursor(request == null ? null : request.cursor());
        List<UUID> batch = citizensAfter(cursor, size);
        Map<UUID, List<Facts.Recorded>> recorded = facts.recordedOf(batch);
        List<RecheckPage.Change> changes = new ArrayList<>();
        for (UUID citizenId : batch) {
            Facts known = Facts.asOf(asOf, recorded.getOrDefault(citizenId, List.of()));
            Outcome was = before.evaluate(known).outcome();
            Outcome is = after.evaluate(known).outcome();
            RecheckPage.Kind kind = RecheckPage.Change.between(was, is);
            if (kind != null) {
                changes.add(new RecheckPage.Change(citizenId, was, is, kind));
                record(programme.id, number, citizenId, asOf, was, is, kind, access.actor());
            }
        }
        accessLog.recordAll(
                changes.stream().map(RecheckPage.Change::citizenId).toList(), AccessLogEntry.Action.RECHECK, access);
        String next = batch.size() < size ? null : BatchEligibilityService.encodeCursor(batch.get(batch.size() - 1));
        return new RecheckPage(programme.code, number, asOf, changes, batch.size(), next);
    }

    private List<UUID> citizensAfter(UUID cursor, int size) {
        var entityManager = versions.getEntityManager();
        var query = cursor == null
                ? entityManager.createQuery("select c.id from Citizen c order by c.id", UUID.class)
                : entityManager
                        .createQuery("select c.id from Citizen c where c.id > :after order by c.id", UUID.class)
                        .setParameter("after", cursor);
        return query.setMaxResults(size).getResultList();
    }

    private void record(
            UUID programmeId,
            int number,
            UUID citizenId,
            LocalDate asOf,
            Outcome was,
            Outcome is,
            RecheckPage.Kind kind,
            String actor) {
        versions.getEntityManager()
                .createNativeQuery("""
                        INSERT INTO recheck_change (programme_id, rule_version, citizen_id, as_of, before, after, change,
                                                    recorded_at, recorded_by)
                        VALUES (:programme, :number, :citizen, :asOf, :before, :after, :change, :at, :actor)
                        ON CONFLICT (programme_id, rule_version, citizen_id) DO NOTHING""")
                .setParameter("programme", programmeId)
                .setParameter("number", number)
                .setParameter("citizen", citizenId)
                .setParameter("asOf", asOf)
                .setParameter("before", was.name())
                .setParameter("after", is.name())
                .setParameter("change", kind.name())
                .setParameter("at", Times.now())
                .setParameter("actor", actor)
                .executeUpdate();
    }
}
