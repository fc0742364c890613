package org.civic.benefits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civic.benefits.api.AccessLogEntryView;
import org.civic.benefits.api.CitizenInput;
import org.civic.benefits.api.CitizenView;
import org.civic.benefits.api.FactInput;
import org.civic.benefits.api.FactView;
import org.civic.benefits.crypto.LookupHasher;
import org.civic.benefits.crypto.PersonalDataCipher;
import org.civic.benefits.entity.AccessLogEntry;
import org.civic.benefits.entity.Citizen;
import org.civic.benefits.entity.Fact;
import org.civic.benefits.mapping.BenefitsMapper;
import org.civic.benefits.repository.CitizenRepository;
import org.civic.benefits.repository.FactRepository;
import org.civic.benefits.rules.FactType;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;

/**
 * Citizens and their facts. Personal data is encrypted before it reaches the database and leaves only
 * masked; every read of it is written to the access log in the same transaction.
 */
@ApplicationScoped
public class CitizenService {

    private final CitizenRepository citizens;
    private final FactRepository facts;
    private final PersonalDataCipher cipher;
    private final LookupHasher lookup;
    private final AccessLogService accessLog;
    private final BenefitsMapper mapper;
    private final BusinessDates dates;

    public CitizenService(
            CitizenRepository citizens,
            FactRepository facts,
            PersonalDataCipher cipher,
            LookupHasher lookup,
            AccessLogService accessLog,
            BenefitsMapper mapper,
            BusinessDates dates) {
        this.citizens = citizens;
        this.facts = facts;
        this.cipher = cipher;
        this.lookup = lookup;
        this.accessLog = accessLog;
        this.mapper = mapper;
        this.dates = dates;
    }

    Citizen get(UUID id) {
        return citizens.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Citizen", id));
    }

    /**
     * The input with its personal data replaced by keyed hashes: what the idempotency record may store to
     * recognise a retry, without holding a hash anyone could reverse by trying every ID number.
     */
    public CitizenInput fingerprint(CitizenInput input) {
        return new CitizenInput(
                keyed(input.name()), keyed(input.nationalIdNumber()), keyed(input.phone()), input.facts());
    }

    /** A new citizen, masked; citizens carry no ETag. */
    @Transactional
    public Stored<CitizenView> create(CitizenInput input, String actor) {
        List<FactInput> initialFacts = input.facts() == null ? List.of() : input.facts();
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < initialFacts.size(); i++) {
            checkFact(initialFacts.get(i), "facts[" + i + "].", violations);
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        String nationalId = normalise(input.nationalIdNumber());
        byte[] lookupHash = lookup.hash(nationalId);
        citizens.findByNationalIdLookup(lookupHash).ifPresent(existing -> {
            throw ProblemException.conflict(
                            "citizen-exists", "A citizen with this national ID number is already " + "registered.")
                    .with("citizenId", existing.id);
        });
        Citizen citizen = new Citizen();
        citizen.id = UUID.randomUUID();
        citizen.nameSealed = cipher.seal(input.name().strip(), citizen.id, BenefitsMapper.NAME);
        citizen.nationalIdSealed = cipher.seal(nationalId, citizen.id, BenefitsMapper.NATIONAL_ID);
        citizen.nationalIdLookup = lookupHash;
        citizen.phoneSealed =
                input.phone() == null ? null : cipher.seal(input.phone(), citizen.id, BenefitsMapper.PHONE);
        citizen.createdAt = Times.now();
        citizen.createdBy = actor;
        citizens.persist(citizen);
        initialFacts.forEach(fact -> record(citizen.id, fact, actor));
        return Stored.unversioned(mapper.toView(citizen), citizen.id);
    }

    @Transactional
    public CitizenView read(UUID id, Access access) {
        Citizen citizen = get(id);
        accessLog.record(id, AccessLogEntry.Action.READ_CITIZEN, access);
        return mapper.toView(citizen);
    }

    @Transactional
    public CitizenView lookUp(String nationalIdNumber, Access access) {
        Citizen citizen = citizens.findByNationalIdLookup(lookup.hash(normalise(nationalIdNumber)))
                .orElseThrow(() -> ProblemException.notFound("Citizen with the given national ID number", "(masked)"));
        accessLog.record(citizen.id, AccessLogEntry.Action.LOOKUP_BY_NATIONAL_ID, access);
        return mapper.toView(citizen);
    }

    @Transactional
    public List<FactView> facts(UUID id, Access access) {
        get(id);
        accessLog.record(id, AccessLogEntry.Action.READ_FACTS, access);
        return facts.ofCitizen(id).stream().map(mapper::toView).toList();
    }

    @Transactional
    public Stored<FactView> addFact(UUID citizenId, FactInput input, String actor) {
        get(citizenId);
        List<Problem.Violation> violations = new ArrayList<>();
        checkFact(input, "", violations);
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        Fact fact = record(citizenId, input, actor);
        return Stored.unversioned(mapper.toView(fact), fact.id);
    }

    /** Who read the citizen's data (reading the log is not itself logged); an unknown citizen is a 404. */
    public Page<AccessLogEntryView> accessLog(UUID id, PageRequest page) {
        get(id);
        return accessLog.list(id, page);
    }

    private Fact record(UUID citizenId, FactInput input, String actor) {
        Fact fact = new Fact();
        fact.id = UUID.randomUUID();
        fact.citizenId = citizenId;
        fact.type = input.type();
        fact.value = input.value().strip();
        fact.source = input.source().strip();
        fact.validFrom = input.validFrom();
        fact.validUntil = input.validUntil();
        fact.recordedAt = Times.now();
        fact.recordedBy = actor;
        facts.persist(fact);
        return fact;
    }

    private void checkFact(FactInput input, String prefix, List<Problem.Violation> violations) {
        String value = input.value().strip();
        Problem.Violation problem = FactType.recordingProblem(input.type(), value, prefix);
        if (problem != null) {
            violations.add(problem);
        } else if (FactType.BIRTH_DATE.json.equals(input.type())
                && LocalDate.parse(value).isAfter(dates.today())) {
            violations.add(new Problem.Violation(prefix + "value", "a birth date must not lie in the future"));
        }
        if (input.validFrom() != null
                && input.validUntil() != null
                && input.validUntil().isBefore(input.validFrom())) {
            violations.add(new Problem.Violation(prefix + "validUntil", "must not precede validFrom"));
        }
    }

    private String keyed(String value) {
        return value == null ? null : lookup.hex(value.strip());
    }

    private static String normalise(String nationalIdNumber) {
        return nationalIdNumber.strip().toUpperCase();
    }
}
