package org.civic.benefits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.benefits.api.BatchEligibilityPage;
import org.civic.benefits.api.BatchEligibilityRequest;
import org.civic.benefits.config.BenefitsConfig;
import org.civic.benefits.entity.AccessLogEntry;
import org.civic.benefits.entity.Benefit;
import org.civic.benefits.entity.BenefitProgramme;
import org.civic.benefits.repository.BenefitProgrammeRepository;
import org.civic.benefits.repository.CandidateRepository;
import org.civic.benefits.repository.FactRepository;
import org.civic.benefits.rules.Criterion;
import org.civic.benefits.rules.Evaluation;
import org.civic.benefits.rules.Facts;
import org.civic.benefits.rules.Outcome;
import org.civic.benefits.rules.Rule;
import org.civic.common.problem.ProblemException;

/**
 * Batch eligibility for outreach. Citizens are walked in id order: SQL proposes candidates that can
 * possibly qualify and have not used the benefit (see {@link CandidateRepository}), the rule evaluator
 * decides exactly, chunk by chunk. The cursor is the last citizen examined, so paging never repeats or
 * skips anyone, and one call examines at most {@code benefits.batch.max-scan} candidates.
 */
@ApplicationScoped
public class BatchEligibilityService {

    private static final int CHUNK = 500;
    private static final int DEFAULT_SIZE = 100;

    private final BenefitProgrammeRepository programmes;
    private final CandidateRepository candidates;
    private final FactRepository facts;
    private final RuleService rules;
    private final AccessLogService accessLog;
    private final BusinessDates dates;
    private final BenefitsConfig config;

    public BatchEligibilityService(
            BenefitProgrammeRepository programmes,
            CandidateRepository candidates,
            FactRepository facts,
            RuleService rules,
            AccessLogService accessLog,
            BusinessDates dates,
            BenefitsConfig config) {
        this.programmes = programmes;
        this.candidates = candidates;
        this.facts = facts;
        this.rules = rules;
        this.accessLog = accessLog;
        this.dates = dates;
        this.config = config;
    }

    @Transactional
    public BatchEligibilityPage run(BatchEligibilityRequest request, Access access) {
        BenefitProgramme programme = programmes
                .findByCode(request.programmeCode())
                .orElseThrow(() ->
                        ProblemException.badRequest("programmeCode", "unknown programme " + request.programmeCode()));
        Benefit benefit = request.benefitCode() == null
                ? null
                : programme.benefits.stream()
                        .filter(b -> b.code.equals(request.benefitCode()))
                        .findFirst()
                        .orElseThrow(() -> ProblemException.badRequest(
                                "benefitCode", "not a benefit of programme " + programme.code));
        UUID after = decodeCursor(request.cursor());
        LocalDate asOf = request.asOf() == null ? dates.today() : request.asOf();
        RuleService.ActiveRule active = rules.inForce(programme, asOf)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "no-rule-in-force", "Programme " + programme.code + " has no rules in force on " + asOf + "."));
        Rule rule = active.rule();
        List<Criterion> criteria = new ArrayList<>(List.of(rule.criteria()));
        if (benefit != null && rule.benefitCriteria().containsKey(benefit.code)) {
            criteria.add(rule.benefitCriteria().get(benefit.code));
        }
        int size = request.size() == null ? DEFAULT_SIZE : request.size();
        Scan scan = scan(rule, criteria, benefit, asOf, usage(programme, benefit, asOf), after, size);
        accessLog.recordAll(scan.eligible(), AccessLogEntry.Action.BATCH_ELIGIBILITY, access);
        return new BatchEligibilityPage(
                programme.code,
                benefit == null ? null : benefit.code,
                asOf,
                active.number(),
                scan.eligible(),
                scan.scanned(),
                scan.exhausted() || scan.last() == null ? null : encodeCursor(scan.last()));
    }

    /** What one call found: the eligible ids, how many candidates it evaluated, the last one, and whether none remain. */
    private record Scan(List<UUID> eligible, int scanned, UUID last, boolean exhausted) {}

    private Scan scan(
            Rule rule,
            List<Criterion> criteria,
            Benefit benefit,
            LocalDate asOf,
            CandidateRepository.Usage usage,
            UUID after,
            int size) {
        int maxScan = config.batch().maxScan();
        List<UUID> eligible = new ArrayList<>();
        int scanned = 0;
        UUID last = after;
        while (eligible.size() < size && scanned < maxScan) {
            // Ask for about as many candidates as ids are still wanted: the SQL is usually close to exact,
            // and candidates fetched beyond the page's end would be fetched again by the next call.
            int wanted = size - eligible.size();
            int limit = Math.min(Math.min(CHUNK, maxScan - scanned), wanted + wanted / 4 + 10);
            List<UUID> chunk = candidates.candidates(criteria, asOf, usage, last, limit);
            Map<UUID, List<Facts.Recorded>> recorded = facts.recordedOf(chunk);
            for (UUID citizenId : chunk) {
                scanned++;
                last = citizenId;
                if (eligible(rule, benefit, Facts.asOf(asOf, recorded.getOrDefault(citizenId, List.of())))) {
                    eligible.add(citizenId);
                    if (eligible.size() == size) {
                        boolean lastOfTheRest = chunk.size() < limit && citizenId.equals(chunk.get(chunk.size() - 1));
                        return new Scan(eligible, scanned, last, lastOfTheRest);
                    }
                }
            }
            if (chunk.size() < limit) {
                return new Scan(eligible, scanned, last, true);
            }
        }
        return new Scan(eligible, scanned, last, false);
    }

    private static boolean eligible(Rule rule, Benefit benefit, Facts known) {
        Evaluation evaluation = rule.evaluate(known);
        if (benefit != null) {
            evaluation = rule.evaluateBenefit(evaluation, known, benefit.code);
        }
        return evaluation.outcome() == Outcome.ELIGIBLE;
    }

    /** Without a benefit: no use of any of the programme's benefits; with a limited one: quota left in the period. */
    private static CandidateRepository.Usage usage(BenefitProgramme programme, Benefit benefit, LocalDate asOf) {
        if (benefit == null) {
            return new CandidateRepository.Usage(
                    programme.benefits.stream().map(b -> b.id).toList(), null, null);
        }
        return benefit.limited()
                ? new CandidateRepository.Usage(List.of(benefit.id), benefit.quotaLimit, benefit.periodKey(asOf))
                : new CandidateRepository.Usage(List.of(benefit.id), null, null);
    }

    private static String encodeCursor(UUID id) {
        ByteBuffer bytes =
                ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private static UUID decodeCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor.strip());
            if (bytes.length == 16) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                return new UUID(buffer.getLong(), buffer.getLong());
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ProblemException.badRequest("cursor", "is not a cursor returned by this endpoint");
    }
}
