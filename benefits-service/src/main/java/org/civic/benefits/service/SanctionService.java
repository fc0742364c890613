package org.civic.benefits.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.benefits.api.SanctionInput;
import org.civic.benefits.api.SanctionLift;
import org.civic.benefits.api.SanctionRuleInput;
import org.civic.benefits.api.SanctionRuleView;
import org.civic.benefits.api.SanctionStatus;
import org.civic.benefits.api.SanctionStep;
import org.civic.benefits.api.SanctionView;
import org.civic.benefits.entity.AccessLogEntry;
import org.civic.benefits.entity.BenefitProgramme;
import org.civic.benefits.entity.Citizen;
import org.civic.benefits.entity.Sanction;
import org.civic.benefits.entity.SanctionRuleVersion;
import org.civic.benefits.repository.BenefitProgrammeRepository;
import org.civic.benefits.repository.PassRepository;
import org.civic.benefits.repository.SanctionRepository;
import org.civic.benefits.repository.SanctionRuleRepository;
import org.civic.benefits.rules.LocalizedText;
import org.civic.benefits.rules.SanctionSteps;
import org.civic.common.crypto.PersonalDataCipher;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.jboss.logging.Logger;

/**
 * Misuse and its sanction. A programme's sanction rule is versioned data; recording a misuse counts it as the
 * citizen's n-th offence under the programme, applies the step the rule version in force on the day of the misuse
 * gives for it (suspend for a period, or revoke), and revokes the citizen's live passes at once. A suspension can be
 * lifted early, with a reason that stays with it.
 */
@ApplicationScoped
public class SanctionService {

    private static final Logger LOG = Logger.getLogger(SanctionService.class);
    private static final TypeReference<List<SanctionStep>> STEPS = new TypeReference<>() {};

    private final SanctionRuleRepository rules;
    private final SanctionRepository sanctions;
    private final BenefitProgrammeRepository programmes;
    private final ProgrammeService programmeService;
    private final PassRepository passes;
    private final CitizenService citizens;
    private final AccessLogService accessLog;
    private final PersonalDataCipher cipher;
    private final ObjectMapper json;
    private final BusinessDates dates;

    public SanctionService(
            SanctionRuleRepository rules,
            SanctionRepository sanctions,
            BenefitProgrammeRepository programmes,
            ProgrammeService programmeService,
            PassRepository passes,
            CitizenService citizens,
            AccessLogService accessLog,
            PersonalDataCipher cipher,
            ObjectMapper json,
            BusinessDates dates) {
        this.rules = rules;
        this.sanctions = sanctions;
        this.programmes = programmes;
        this.programmeService = programmeService;
        this.passes = passes;
        this.citizens = citizens;
        this.accessLog = accessLog;
        this.cipher = cipher;
        this.json = json;
        this.dates = dates;
    }

    /** Adds a sanction rule version; versions never overwrite (same start date: 409). */
    @Transactional
    public Stored<SanctionRuleView> publishRule(String programmeCode, SanctionRuleInput input, String actor) {
        BenefitProgramme programme = programmeService.get(programmeCode);
        // Serialises version numbering per programme.
        programmes.getEntityManager().lock(programme, LockModeType.PESSIMISTIC_WRITE);
        List<Problem.Violation> violations = new ArrayList<>(SanctionSteps.problems(input.steps()));
        if (input.effectiveTo() != null && input.effectiveTo().isBefore(input.effectiveFrom())) {
            violations.add(new Problem.Violation("effectiveTo", "must not precede effectiveFrom"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        if (rules.startsOn(programme.id, input.effectiveFrom())) {
            throw ProblemException.conflict(
                    "sanction-rule-version-exists",
                    "Programme " + programmeCode + " already has a sanction rule version starting on "
                            + input.effectiveFrom() + "; versions are never overwritten.");
        }
        SanctionRuleVersion version = new SanctionRuleVersion();
        version.id = UUID.randomUUID();
        version.programmeId = programme.id;
        version.number = rules.lastNumber(programme.id) + 1;
        version.effectiveFrom = input.effectiveFrom();
        version.effectiveTo = input.effectiveTo();
        version.steps = json.valueToTree(input.steps());
        version.note = input.note();
        version.createdAt = Times.now();
        version.createdBy = actor;
        rules.persist(version);
        return Stored.unversioned(toView(version, programmeCode), version.number);
    }

    public List<SanctionRuleView> rules(String programmeCode) {
        BenefitProgramme programme = programmeService.get(programmeCode);
        return rules.ofProgramme(programme.id).stream()
                .map(version -> toView(version, programmeCode))
                .toList();
    }

    /** Records a misuse as the citizen's next offence under the programme and applies the rule's step for it. */
    @Transactional
    public Stored<SanctionView> record(UUID citizenId, SanctionInput input, String actor) {
        Citizen citizen = citizens.get(citizenId);
        BenefitProgramme programme = programmes
                .findByCode(input.programmeCode())
                .orElseThrow(() ->
                        ProblemException.badRequest("programmeCode", "unknown programme " + input.programmeCode()));
        LocalDate today = dates.today();
        if (input.occurredOn().isAfter(today)) {
            throw ProblemException.badRequest("occurredOn", "must not lie in the future");
        }
        SanctionRuleVersion rule = rules.inForceOn(programme.id, input.occurredOn())
                .orElseThrow(() -> ProblemException.unprocessable(
                        "no-sanction-rule",
                        "Programme " + programme.code + " has no sanction rule in force on " + input.occurredOn()
                                + "."));
        // Serialises the offence count of one citizen.
        programmes.getEntityManager().lock(citizen, LockModeType.PESSIMISTIC_WRITE);
        int offence = (int) sanctions.offences(citizenId, programme.id) + 1;
        SanctionStep step = SanctionSteps.forOffence(steps(rule), offence);
        Sanction sanction = new Sanction();
        sanction.id = UUID.randomUUID();
        sanction.citizenId = citizenId;
        sanction.programmeId = programme.id;
        sanction.offence = offence;
        sanction.ruleVersion = rule.number;
        sanction.occurredOn = input.occurredOn();
        sanction.effectiveFrom = today;
        if (step.action() == SanctionStep.Action.SUSPEND) {
            sanction.outcome = Sanction.Outcome.SUSPENDED;
            sanction.suspendedUntil = today.plus(Period.parse(step.duration())).minusDays(1);
        } else {
            sanction.outcome = Sanction.Outcome.REVOKED;
        }
        sanction.explanationZh = step.explanation().zh();
        sanction.explanationEn = step.explanation().en();
        sanction.article = step.article();
        sanction.evidenceSealed =
                cipher.seal(input.evidence().description().strip(), citizenId, sanction.evidenceField());
        sanction.evidenceReference = input.evidence().reference();
        sanction.recordedAt = Times.now();
        sanction.recordedBy = actor;
        sanctions.persist(sanction);
        int revoked = revokeLivePasses(citizenId, sanction.recordedAt);
        LOG.infof(
                "sanction %s recorded by %s: programme %s, offence %d, %s; %d live passes revoked",
                sanction.id, actor, programme.code, offence, sanction.outcome, revoked);
        return Stored.unversioned(toView(sanction, programme.code), sanction.id);
    }

    /** Ends a suspension today, before its term; a revocation is for good. */
    @Transactional
    public SanctionView lift(UUID citizenId, UUID sanctionId, SanctionLift lift, String actor) {
        Sanction sanction = find(citizenId, sanctionId);
        LocalDate today = dates.today();
        if (sanction.outcome == Sanction.Outcome.REVOKED) {
            throw ProblemException.conflict(
                    "revocation-not-liftable", "A revocation is for good; only a suspension can be lifted early.");
        }
        if (!sanction.inForceOn(today)) {
            throw ProblemException.conflict(
                    "sanction-not-in-force",
                    "The suspension is not in force today (it ended or was lifted already), so there is nothing to "
                            + "lift.");
        }
        sanction.liftedOn = today;
        sanction.liftedAt = Times.now();
        sanction.liftedBy = actor;
        sanction.liftReason = lift.reason().strip();
        LOG.infof("sanction %s lifted early by %s", sanction.id, actor);
        return toView(sanction, programmes.findById(sanction.programmeId).code);
    }

    /** Every sanction of the citizen, oldest first (evidence included: a logged read). */
    @Transactional
    public List<SanctionView> ofCitizen(UUID citizenId, Access access) {
        citizens.get(citizenId);
        accessLog.record(citizenId, AccessLogEntry.Action.READ_SANCTIONS, access);
        return sanctions.ofCitizen(citizenId).stream()
                .map(sanction -> toView(sanction, programmes.findById(sanction.programmeId).code))
                .toList();
    }

    /** The citizen's sanctions in force on the day, by programme id. */
    public Map<UUID, Sanction> inForce(UUID citizenId, LocalDate day) {
        return sanctions.inForce(citizenId, day);
    }

    public static SanctionStatus status(Sanction sanction) {
        return new SanctionStatus(
                sanction.id,
                sanction.outcome,
                sanction.effectiveFrom,
                sanction.suspendedUntil,
                new LocalizedText(sanction.explanationZh, sanction.explanationEn),
                sanction.article);
    }

    private int revokeLivePasses(UUID citizenId, Instant now) {
        return passes.update(
                "status = 'REVOKED', revokedAt = ?1 where citizenId = ?2 and status = 'ACTIVE' and expiresAt > ?1",
                now,
                citizenId);
    }

    private Sanction find(UUID citizenId, UUID sanctionId) {
        citizens.get(citizenId);
        return sanctions
                .findByIdOptional(sanctionId)
                .filter(sanction -> sanction.citizenId.equals(citizenId))
                .orElseThrow(() -> ProblemException.notFound("Sanction", sanctionId));
    }

    private List<SanctionStep> steps(SanctionRuleVersion version) {
        return json.convertValue(version.steps, STEPS);
    }

    private SanctionRuleView toView(SanctionRuleVersion version, String programmeCode) {
        return new SanctionRuleView(
                programmeCode,
                version.number,
                version.effectiveFrom,
                version.effectiveTo,
                steps(version),
                version.note,
                version.createdAt,
                version.createdBy);
    }

    private SanctionView toView(Sanction sanction, String programmeCode) {
        return new SanctionView(
                sanction.id,
                programmeCode,
                sanction.offence,
                sanction.ruleVersion,
                sanction.outcome,
                sanction.occurredOn,
                sanction.effectiveFrom,
                sanction.suspendedUntil,
                new LocalizedText(sanction.explanationZh, sanction.explanationEn),
                sanction.article,
                new SanctionInput.Evidence(
                        cipher.open(sanction.evidenceSealed, sanction.citizenId, sanction.evidenceField()),
                        sanction.evidenceReference),
                sanction.recordedAt,
                sanction.recordedBy,
                sanction.liftedAt == null
                        ? null
                        : new SanctionView.Lifted(
                                sanction.liftedOn, sanction.liftedAt, sanction.liftedBy, sanction.liftReason));
    }
}
