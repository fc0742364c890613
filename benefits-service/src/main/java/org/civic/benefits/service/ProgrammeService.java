package org.civic.benefits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civic.benefits.api.BenefitDto;
import org.civic.benefits.api.ProgrammeInput;
import org.civic.benefits.api.ProgrammeView;
import org.civic.benefits.entity.Benefit;
import org.civic.benefits.entity.BenefitProgramme;
import org.civic.benefits.mapping.BenefitsMapper;
import org.civic.benefits.repository.BenefitProgrammeRepository;
import org.civic.benefits.repository.BenefitRepository;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;

/** Benefit programmes and their benefits. A benefit that has been used cannot be removed. */
@ApplicationScoped
public class ProgrammeService {

    private final BenefitProgrammeRepository programmes;
    private final BenefitRepository benefits;
    private final BenefitsMapper mapper;

    public ProgrammeService(BenefitProgrammeRepository programmes, BenefitRepository benefits, BenefitsMapper mapper) {
        this.programmes = programmes;
        this.benefits = benefits;
        this.mapper = mapper;
    }

    @Transactional // the programmes' benefits are loaded and mapped inside it
    public Page<ProgrammeView> list(String regionPrefix, LocalDate inForceOn, PageRequest page) {
        return Page.of(
                programmes.list(regionPrefix, inForceOn, page).stream()
                        .map(mapper::toView)
                        .toList(),
                page,
                programmes.count(regionPrefix, inForceOn));
    }

    @Transactional // the benefits are loaded and mapped inside it
    public Stored<ProgrammeView> read(String code) {
        return stored(get(code));
    }

    BenefitProgramme get(String code) {
        return programmes.findByCode(code).orElseThrow(() -> ProblemException.notFound("Benefit programme", code));
    }

    @Transactional
    public Stored<ProgrammeView> create(ProgrammeInput input) {
        programmes.findByCode(input.code()).ifPresent(other -> {
            throw ProblemException.conflict(
                    "programme-exists", "Benefit programme " + input.code() + " already exists.");
        });
        BenefitProgramme programme = new BenefitProgramme();
        programme.id = UUID.randomUUID();
        programme.createdAt = Times.now();
        apply(programme, input);
        programmes.persist(programme);
        return stored(programme);
    }

    @Transactional
    public Stored<ProgrammeView> update(String code, ProgrammeInput input, String ifMatch) {
        BenefitProgramme programme = get(code);
        ETags.checkMatches(ifMatch, programme.version);
        if (!code.equals(input.code())) {
            throw ProblemException.badRequest("code", "cannot change; it is the programme's identity (" + code + ")");
        }
        apply(programme, input);
        programmes.flush();
        return stored(programme);
    }

    private Stored<ProgrammeView> stored(BenefitProgramme programme) {
        return Stored.of(mapper.toView(programme), programme.code, programme.version);
    }

    private void apply(BenefitProgramme programme, ProgrammeInput input) {
        checkBenefits(programme, input);
        programme.code = input.code();
        programme.nameZh = input.name().zh().strip();
        programme.nameEn = input.name().en() == null ? null : input.name().en().strip();
        programme.issuingAgencies.clear();
        input.issuingAgencies().stream().map(String::strip).forEach(programme.issuingAgencies::add);
        programme.regionCode = input.regionCode();
        programme.legalBasisTitle = input.legalBasis().title().strip();
        programme.legalBasisSource = input.legalBasis().source();
        programme.effectiveFrom = input.effectiveFrom();
        programme.effectiveTo = input.effectiveTo();
        programme.registryProjectId = input.registryProjectId();
        replaceBenefits(programme, input.benefits());
        programme.updatedAt = Times.now();
    }

    private void checkBenefits(BenefitProgramme programme, ProgrammeInput input) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (input.effectiveTo() != null && input.effectiveTo().isBefore(input.effectiveFrom())) {
            violations.add(new Problem.Violation("effectiveTo", "must not precede effectiveFrom"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < input.benefits().size(); i++) {
            BenefitDto benefit = input.benefits().get(i);
            if (!codes.add(benefit.code())) {
                violations.add(new Problem.Violation("benefits[" + i + "].code", "appears twice in this programme"));
            }
            if (new HashSet<>(benefit.siteCategories()).size()
                    < benefit.siteCategories().size()) {
                violations.add(new Problem.Violation("benefits[" + i + "].siteCategories", "lists a category twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        List<Benefit> taken = benefits.takenElsewhere(codes, programme.id);
        if (!taken.isEmpty()) {
            throw ProblemException.conflict(
                    "benefit-code-taken",
                    "Benefit code " + taken.get(0).code + " belongs to programme " + taken.get(0).programme.code
                            + "; benefit codes are unique across programmes.");
        }
    }

    /** Keeps a benefit's identity (and so its redemptions) when its code stays; refuses to drop a used one. */
    private void replaceBenefits(BenefitProgramme programme, List<BenefitDto> wanted) {
        Map<String, Benefit> current = new LinkedHashMap<>();
        programme.benefits.forEach(benefit -> current.put(benefit.code, benefit));
        List<Benefit> next = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            BenefitDto dto = wanted.get(i);
            Benefit benefit = current.remove(dto.code());
            if (benefit == null) {
                benefit = new Benefit();
                benefit.id = UUID.randomUUID();
                benefit.programme = programme;
            }
            mapper.apply(dto, benefit);
            benefit.position = i;
            next.add(benefit);
        }
        for (Benefit dropped : current.values()) {
            if (benefits.used(dropped.id)) {
                throw ProblemException.conflict(
                        "benefit-in-use",
                        "Benefit " + dropped.code + " has been redeemed and cannot be removed; keep it in the list.");
            }
        }
        programme.benefits.clear();
        programme.benefits.addAll(next);
    }

    /** Codes of the programme's benefits, for validating the benefit criteria of its rules. */
    public Set<String> benefitCodes(BenefitProgramme programme) {
        Set<String> codes = new HashSet<>();
        programme.benefits.forEach(benefit -> codes.add(benefit.code));
        return codes;
    }
}
