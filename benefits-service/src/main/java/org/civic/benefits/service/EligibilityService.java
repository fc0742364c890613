package org.civic.benefits.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civic.benefits.api.BenefitEligibility;
import org.civic.benefits.api.EligibilityView;
import org.civic.benefits.api.LegalBasis;
import org.civic.benefits.api.ProgrammeEligibility;
import org.civic.benefits.api.QuotaStatus;
import org.civic.benefits.api.ScreeningRequest;
import org.civic.benefits.api.StatedFact;
import org.civic.benefits.entity.AccessLogEntry;
import org.civic.benefits.entity.Benefit;
import org.civic.benefits.entity.BenefitProgramme;
import org.civic.benefits.repository.BenefitProgrammeRepository;
import org.civic.benefits.repository.FactRepository;
import org.civic.benefits.repository.RedemptionRepository;
import org.civic.benefits.rules.Evaluation;
import org.civic.benefits.rules.FactType;
import org.civic.benefits.rules.Facts;
import org.civic.benefits.rules.LocalizedText;
import org.civic.benefits.rules.Outcome;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;

/**
 * Decides eligibility: for a citizen from the recorded facts, or for facts stated anonymously (nothing is
 * stored then), as of a date, for every programme whose rules are in force on it.
 */
@ApplicationScoped
public class EligibilityService {

    private final BenefitProgrammeRepository programmes;
    private final FactRepository facts;
    private final RedemptionRepository redemptions;
    private final RuleService rules;
    private final CitizenService citizens;
    private final AccessLogService accessLog;
    private final BusinessDates dates;
    private final MeterRegistry metrics;

    public EligibilityService(
            BenefitProgrammeRepository programmes,
            FactRepository facts,
            RedemptionRepository redemptions,
            RuleService rules,
            CitizenService citizens,
            AccessLogService accessLog,
            BusinessDates dates,
            MeterRegistry metrics) {
        this.metrics = metrics;
        this.programmes = programmes;
        this.facts = facts;
        this.redemptions = redemptions;
        this.rules = rules;
        this.citizens = citizens;
        this.accessLog = accessLog;
        this.dates = dates;
    }

    @Transactional
    public EligibilityView forCitizen(UUID citizenId, LocalDate asOf, String programmeCode, Access access) {
        citizens.get(citizenId);
        LocalDate date = asOf == null ? dates.today() : asOf;
        accessLog.record(citizenId, AccessLogEntry.Action.READ_ELIGIBILITY, access);
        List<ProgrammeEligibility> answers =
                counted(evaluate(factsOf(citizenId, date), date, programmeCode, citizenId));
        return new EligibilityView(citizenId, date, answers);
    }

    public EligibilityView screen(ScreeningRequest request) {
        LocalDate date = request.asOf() == null ? dates.today() : request.asOf();
        List<Problem.Violation> violations = new ArrayList<>();
        List<Facts.Recorded> stated = new ArrayList<>();
        for (int i = 0; i < request.facts().size(); i++) {
            StatedFact fact = request.facts().get(i);
            String value = fact.value().strip();
            Problem.Violation problem = FactType.recordingProblem(fact.type(), value, "facts[" + i + "].");
            if (problem != null) {
                violations.add(problem);
            } else {
                stated.add(new Facts.Recorded(FactType.ofJson(fact.type()).orElseThrow(), value, null, null, null));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        return new EligibilityView(
                null, date, counted(evaluate(Facts.asOf(date, stated), date, request.programmeCode(), null)));
    }

    /** The citizen's eligibility for one benefit on a date; empty when its programme has no rules in force then. */
    public Optional<Evaluation> forBenefit(UUID citizenId, Benefit benefit, LocalDate date) {
        return rules.inForce(benefit.programme, date).map(active -> {
            Facts known = factsOf(citizenId, date);
            return active.rule().evaluateBenefit(active.rule().evaluate(known), known, benefit.code);
        });
    }

    /** Codes of every benefit the citizen is eligible for on {@code date}. */
    public List<String> eligibleBenefitCodes(UUID citizenId, LocalDate date) {
        return evaluate(factsOf(citizenId, date), date, null, null).stream()
                .flatMap(programme -> programme.benefits().stream())
                .filter(benefit -> benefit.outcome() == Outcome.ELIGIBLE)
                .map(BenefitEligibility::benefitCode)
                .toList();
    }

    private Facts factsOf(UUID citizenId, LocalDate date) {
        return Facts.asOf(date, facts.recordedOf(List.of(citizenId)).getOrDefault(citizenId, List.of()));
    }

    /** Every programme in force on the date (or only {@code programmeCode}); quotas when a citizen is given. */
    private List<ProgrammeEligibility> evaluate(Facts known, LocalDate date, String programmeCode, UUID citizenId) {
        List<BenefitProgramme> inForce = programmes.inForceWithBenefits(date, programmeCode);
        Map<UUID, RuleService.ActiveRule> active =
                rules.inForce(inForce.stream().map(p -> p.id).toList(), date);
        Map<UUID, Integer> uses = citizenId == null ? Map.of() : redemptions.uses(citizenId, periods(inForce, date));
        List<ProgrammeEligibility> answers = new ArrayList<>();
        for (BenefitProgramme programme : inForce) {
            RuleService.ActiveRule rule = active.get(programme.id);
            if (rule == null) {
                continue;
            }
            Evaluation evaluation = rule.rule().evaluate(known);
            List<BenefitEligibility> benefits = programme.benefits.stream()
                    .map(benefit -> {
                        Evaluation own = rule.rule().evaluateBenefit(Evaluation.MET, known, benefit.code);
                        Evaluation combined = evaluation.and(own);
                        return new BenefitEligibility(
                                benefit.code,
                                new LocalizedText(benefit.nameZh, benefit.nameEn),
                                combined.outcome(),
                                own.conditions(),
                                combined.missingFacts(),
                                citizenId == null ? null : quota(benefit, date, uses));
                    })
                    .toList();
            answers.add(new ProgrammeEligibility(
                    programme.code,
                    new LocalizedText(programme.nameZh, programme.nameEn),
                    new LegalBasis(programme.legalBasisTitle, programme.legalBasisSource),
                    rule.number(),
                    rule.effectiveFrom(),
                    evaluation.outcome(),
                    evaluation.conditions(),
                    evaluation.missingFacts(),
                    benefits));
        }
        return answers;
    }

    /** Each answer given to a caller counts in {@code civic_eligibility_decisions_total} by programme and outcome. */
    private List<ProgrammeEligibility> counted(List<ProgrammeEligibility> answers) {
        answers.forEach(answer -> metrics.counter(
                        "civic.eligibility.decisions",
                        "programme",
                        answer.programmeCode(),
                        "outcome",
                        answer.outcome().name())
                .increment());
        return answers;
    }

    private static Map<UUID, String> periods(List<BenefitProgramme> inForce, LocalDate date) {
        Map<UUID, String> periods = new HashMap<>();
        inForce.forEach(programme -> programme.benefits.stream()
                .filter(Benefit::limited)
                .forEach(benefit -> periods.put(benefit.id, benefit.periodKey(date))));
        return periods;
    }

    private static QuotaStatus quota(Benefit benefit, LocalDate date, Map<UUID, Integer> uses) {
        if (!benefit.limited()) {
            return null;
        }
        int used = uses.getOrDefault(benefit.id, 0);
        return new QuotaStatus(
                benefit.quotaLimit,
                benefit.quotaPeriod,
                benefit.periodKey(date),
                used,
                Math.max(0, benefit.quotaLimit - used));
    }
}
