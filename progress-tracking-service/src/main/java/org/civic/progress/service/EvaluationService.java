package org.civic.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.progress.api.EvaluationInput;
import org.civic.progress.api.EvaluationView;
import org.civic.progress.client.RegistryProject;
import org.civic.progress.entity.Evaluation;
import org.civic.progress.entity.EvaluationRule;
import org.civic.progress.repository.EvaluationRepository;

/**
 * 满意度测评 (README "Satisfaction evaluation"): checks a tally against the deputies present and the quorum (422
 * naming why), grades each project by the rule version in force on the day ({@link GradingRule}) and keeps the
 * grades it gave, so a later rule version never regrades a past evaluation.
 */
@ApplicationScoped
public class EvaluationService {

    /** 镇海's rule, the default. */
    public static final String DEFAULT_RULE = "zhenhai";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EvaluationRepository evaluations;
    private final Plans plans;
    private final Caller caller;

    public EvaluationService(EvaluationRepository evaluations, Plans plans, Caller caller) {
        this.evaluations = evaluations;
        this.plans = plans;
        this.caller = caller;
    }

    @Transactional
    public Stored<EvaluationView> record(EvaluationInput input) {
        plans.programme(input.programmeId());
        // Asked by id, so that a project the read model has not seen yet is asked of the registry once.
        Map<UUID, RegistryProject> projects =
                plans
                        .projects(input.tallies().stream()
                                .map(EvaluationInput.Tally::projectId)
                                .distinct()
                                .toList())
                        .stream()
                        .filter(project -> project.programmeId().equals(input.programmeId()))
                        .collect(Collectors.toMap(RegistryProject::id, Function.identity()));
        List<Problem.Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < input.tallies().size(); i++) {
            UUID projectId = input.tallies().get(i).projectId();
            if (!projects.containsKey(projectId)) {
                violations.add(new Problem.Violation(
                        "tallies[" + i + "].projectId", "is not a project of programme " + input.programmeId()));
            } else if (!seen.add(projectId)) {
                violations.add(new Problem.Violation("tallies[" + i + "].projectId", "appears twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        String code = input.rule() == null ? DEFAULT_RULE : input.rule();
        EvaluationRule rule = evaluations
                .ruleInForce(code, input.heldOn())
                .orElseThrow(() -> ProblemException.badRequest(
                        "rule", "no version of grading rule " + code + " is in force on " + input.heldOn()));
        GradingRule grading = parsed(rule);
        checkConsistent(input, grading);

        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.programmeId = input.programmeId();
        evaluation.heldOn = input.heldOn();
        evaluation.members = input.members();
        evaluation.present = input.present();
        evaluation.ruleId = rule.id;
        evaluation.illustrative = input.illustrative();
        evaluation.note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().strip();
        evaluation.createdBy = caller.name();
        evaluation.createdAt = Times.now();
        for (EvaluationInput.Tally in : input.tallies()) {
            Evaluation.Tally tally = new Evaluation.Tally();
            tally.projectId = in.projectId();
            tally.satisfied = in.satisfied();
            tally.basicallySatisfied = in.basicallySatisfied();
            tally.dissatisfied = in.dissatisfied();
            tally.abstained = in.abstained();
            tally.grade = grading.grade(tally(tally), input.members(), input.present());
            evaluation.tallies.add(tally);
        }
        evaluations.persist(evaluation);
        return Stored.unversioned(view(evaluation, rule, projects), evaluation.id);
    }

    /** Present within the members, the quorum met, and every tally adding up to the deputies present. */
    private static void checkConsistent(EvaluationInput input, GradingRule grading) {
        if (input.present() > input.members()) {
            throw ProblemException.unprocessable(
                    "tally-inconsistent",
                    input.present() + " deputies present but only " + input.members() + " members.");
        }
        String quorum = grading.quorumFailure(input.members(), input.present());
        if (quorum != null) {
            throw ProblemException.unprocessable("quorum-not-met", "No quorum: " + quorum + ".");
        }
        List<String> inconsistent = new ArrayList<>();
        for (int i = 0; i < input.tallies().size(); i++) {
            EvaluationInput.Tally t = input.tallies().get(i);
            int total = t.satisfied() + t.basicallySatisfied() + t.dissatisfied() + t.abstained();
            if (total != input.present()) {
                inconsistent.add("tallies[" + i + "] counts " + total + " votes and abstentions");
            }
        }
        if (!inconsistent.isEmpty()) {
            throw ProblemException.unprocessable(
                    "tally-inconsistent",
                    "Every tally must add up to the " + input.present() + " deputies present: "
                            + String.join("; ", inconsistent) + ".");
        }
    }

    @Transactional
    public Stored<EvaluationView> read(UUID id) {
        Evaluation evaluation =
                evaluations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Evaluation", id));
        plans.programme(evaluation.programmeId); // 404 for a programme the caller may not see
        return Stored.unversioned(view(evaluation), evaluation.id);
    }

    @Transactional
    public List<EvaluationView> ofProgramme(UUID programmeId) {
        plans.programme(programmeId);
        return evaluations.ofProgramme(programmeId).stream().map(this::view).toList();
    }

    private EvaluationView view(Evaluation evaluation) {
        Map<UUID, RegistryProject> projects =
                plans.projects(evaluation.tallies.stream().map(t -> t.projectId).toList()).stream()
                        .collect(Collectors.toMap(RegistryProject::id, Function.identity()));
        return view(evaluation, evaluations.rule(evaluation.ruleId), projects);
    }

    private static EvaluationView view(
            Evaluation evaluation, EvaluationRule rule, Map<UUID, RegistryProject> projects) {
        Map<String, Integer> byGrade = new LinkedHashMap<>();
        List.of("SATISFIED", "BASICALLY_SATISFIED", "NOT_SATISFIED").forEach(grade -> byGrade.put(grade, 0));
        evaluation.tallies.forEach(t -> byGrade.merge(t.grade, 1, Integer::sum));
        int content = evaluation.tallies.stream()
                .mapToInt(t -> t.satisfied + t.basicallySatisfied)
                .sum();
        int cast = evaluation.tallies.stream()
                .mapToInt(t -> t.satisfied + t.basicallySatisfied + t.dissatisfied)
                .sum();
        return new EvaluationView(
                evaluation.id,
                evaluation.programmeId,
                evaluation.heldOn,
                evaluation.members,
                evaluation.present,
                new EvaluationView.RuleRef(rule.code, rule.version, rule.description),
                evaluation.illustrative,
                evaluation.note,
                evaluation.createdBy,
                evaluation.createdAt,
                rate(content, cast),
                byGrade,
                evaluation.tallies.stream()
                        .map(t -> {
                            RegistryProject project = projects.get(t.projectId);
                            return new EvaluationView.Result(
                                    t.projectId,
                                    project == null ? null : project.code(),
                                    project == null ? null : project.title(),
                                    t.satisfied,
                                    t.basicallySatisfied,
                                    t.dissatisfied,
                                    t.abstained,
                                    t.grade,
                                    rate(
                                            t.satisfied + t.basicallySatisfied,
                                            t.satisfied + t.basicallySatisfied + t.dissatisfied));
                        })
                        .toList());
    }

    private static GradingRule.Tally tally(Evaluation.Tally t) {
        return new GradingRule.Tally(t.satisfied, t.basicallySatisfied, t.dissatisfied, t.abstained);
    }

    /** A stored rule that no longer parses is a defect of the data, never the caller's fault. */
    private static GradingRule parsed(EvaluationRule rule) {
        List<Problem.Violation> violations = new ArrayList<>();
        GradingRule grading = GradingRule.parse(rule.definition, violations);
        if (grading == null) {
            throw new IllegalStateException(
                    "grading rule " + rule.code + " v" + rule.version + " is invalid: " + violations);
        }
        return grading;
    }

    private static BigDecimal rate(int part, int whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
