package org.civic.benefits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.civic.benefits.api.RuleVersionInput;
import org.civic.benefits.api.RuleVersionView;
import org.civic.benefits.entity.BenefitProgramme;
import org.civic.benefits.entity.RuleVersion;
import org.civic.benefits.mapping.BenefitsMapper;
import org.civic.benefits.repository.BenefitProgrammeRepository;
import org.civic.benefits.repository.RuleVersionRepository;
import org.civic.benefits.rules.Rule;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;

/**
 * Rule versions. A version is never changed: a new one supersedes the earlier ones from its
 * effectiveFrom on, and the version in force on a date is the one that started last on or before it
 * (none when that one has ended). Parsed rules are cached by version id, which is safe because
 * versions are immutable.
 */
@ApplicationScoped
public class RuleService {

    /** The rule of a programme in force on a date. */
    public record ActiveRule(UUID programmeId, int number, LocalDate effectiveFrom, Rule rule) {}

    private final RuleVersionRepository versions;
    private final BenefitProgrammeRepository programmes;
    private final ProgrammeService programmeService;
    private final BenefitsMapper mapper;
    private final Map<UUID, Rule> parsed = new ConcurrentHashMap<>();

    public RuleService(
            RuleVersionRepository versions,
            BenefitProgrammeRepository programmes,
            ProgrammeService programmeService,
            BenefitsMapper mapper) {
        this.versions = versions;
        this.programmes = programmes;
        this.programmeService = programmeService;
        this.mapper = mapper;
    }

    /** Every rule version of the programme, oldest first. */
    public List<RuleVersionView> versions(String programmeCode) {
        BenefitProgramme programme = programmeService.get(programmeCode);
        return versions.ofProgramme(programme.id).stream()
                .map(version -> mapper.toView(version, programmeCode))
                .toList();
    }

    public RuleVersionView version(String programmeCode, int number) {
        BenefitProgramme programme = programmeService.get(programmeCode);
        return versions.find("programmeId = ?1 and number = ?2", programme.id, number)
                .firstResultOptional()
                .map(version -> mapper.toView(version, programmeCode))
                .orElseThrow(() -> ProblemException.notFound("Rule version", programme.code + "/" + number));
    }

    /** A new version; its number names it under the programme's rules (Location). Versions carry no ETag. */
    @Transactional
    public Stored<RuleVersionView> create(String programmeCode, RuleVersionInput input, String actor) {
        BenefitProgramme programme = programmeService.get(programmeCode);
        // Serialises version numbering per programme.
        programmes.getEntityManager().lock(programme, LockModeType.PESSIMISTIC_WRITE);
        if (input.effectiveTo() != null && input.effectiveTo().isBefore(input.effectiveFrom())) {
            throw ProblemException.badRequest("effectiveTo", "must not precede effectiveFrom");
        }
        if (input.effectiveFrom().isBefore(programme.effectiveFrom)) {
            throw ProblemException.badRequest(
                    "effectiveFrom",
                    "must not precede the programme's effectiveFrom (" + programme.effectiveFrom + ")");
        }
        Rule.parse(input.criteria(), input.benefitCriteria(), programmeService.benefitCodes(programme));
        if (versions.startsOn(programme.id, input.effectiveFrom())) {
            throw ProblemException.conflict(
                    "rule-version-exists",
                    "Programme " + programmeCode
                            + " already has a rule version starting on " + input.effectiveFrom()
                            + "; versions are never overwritten, start the new one on another date.");
        }
        RuleVersion version = new RuleVersion();
        version.id = UUID.randomUUID();
        version.programmeId = programme.id;
        version.number = versions.lastNumber(programme.id) + 1;
        version.effectiveFrom = input.effectiveFrom();
        version.effectiveTo = input.effectiveTo();
        version.criteria = input.criteria();
        version.benefitCriteria =
                input.benefitCriteria() == null || input.benefitCriteria().isNull() ? null : input.benefitCriteria();
        version.note = input.note();
        version.createdAt = Times.now();
        version.createdBy = actor;
        versions.persist(version);
        return Stored.unversioned(mapper.toView(version, programmeCode), version.number);
    }

    /** The programme's rule on {@code date}; empty outside the programme's own effective period too. */
    public Optional<ActiveRule> inForce(BenefitProgramme programme, LocalDate date) {
        if (!programme.inForceOn(date)) {
            return Optional.empty();
        }
        return Optional.ofNullable(inForce(List.of(programme.id), date).get(programme.id));
    }

    /** The rules in force on {@code date}, by programme id; programmes without one are absent. */
    public Map<UUID, ActiveRule> inForce(Collection<UUID> programmeIds, LocalDate date) {
        Map<UUID, ActiveRule> active = new HashMap<>();
        for (RuleVersionRepository.Period period : versions.latestStartedBy(programmeIds, date)) {
            if (period.effectiveTo() == null || !period.effectiveTo().isBefore(date)) {
                active.put(
                        period.programmeId(),
                        new ActiveRule(
                                period.programmeId(),
                                period.number(),
                                period.effectiveFrom(),
                                parsed.computeIfAbsent(period.id(), this::load)));
            }
        }
        return active;
    }

    /** Stored rules were validated when written; benefit codes are not re-checked, benefits may have gone since. */
    private Rule load(UUID versionId) {
        RuleVersion version = versions.findById(versionId);
        return Rule.parse(version.criteria, version.benefitCriteria, null);
    }
}
