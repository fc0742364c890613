package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.registry.api.ChangeEvent;
import org.civic.registry.api.DomainDto;
import org.civic.registry.api.ProgrammeInput;
import org.civic.registry.api.ProgrammeView;
import org.civic.registry.entity.Programme;
import org.civic.registry.mapping.RegistryMapper;
import org.civic.registry.repository.ProgrammeRepository;
import org.civic.registry.repository.RegionRepository;

@ApplicationScoped
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final RegionRepository regions;
    private final RegionService regionService;
    private final RegistryMapper mapper;
    private final Caller caller;
    private final ChangeFeed feed;

    public ProgrammeService(
            ProgrammeRepository programmes,
            RegionRepository regions,
            RegionService regionService,
            RegistryMapper mapper,
            Caller caller,
            ChangeFeed feed) {
        this.feed = feed;
        this.caller = caller;
        this.programmes = programmes;
        this.regions = regions;
        this.regionService = regionService;
        this.mapper = mapper;
    }

    public Page<ProgrammeView> list(String regionCode, Integer year, Programme.State state, PageRequest page) {
        List<String> regionCodes = regionService.selfAndDescendants(regionCode, "region");
        List<Programme> found = programmes.list(regionCodes, year, state, !caller.staff(), page);
        Map<UUID, Long> counts =
                programmes.projectCounts(found.stream().map(p -> p.id).toList());
        return Page.of(
                found.stream()
                        .map(p -> mapper.toView(p, counts.getOrDefault(p.id, 0L)))
                        .toList(),
                page,
                programmes.count(regionCodes, year, state, !caller.staff()));
    }

    public Stored<ProgrammeView> read(UUID id) {
        return stored(get(id));
    }

    /** API clients see a programme once it is published; to them a draft does not exist. */
    Programme get(UUID id) {
        return findVisible(id).orElseThrow(() -> ProblemException.notFound("Programme", id));
    }

    Optional<Programme> findVisible(UUID id) {
        return programmes.findByIdOptional(id).filter(p -> p.state != Programme.State.DRAFT || caller.staff());
    }

    private Stored<ProgrammeView> stored(Programme programme) {
        long projectCount = programmes.projectCounts(List.of(programme.id)).getOrDefault(programme.id, 0L);
        return Stored.of(mapper.toView(programme, projectCount), programme.id, programme.version);
    }

    @Transactional
    public Stored<ProgrammeView> create(ProgrammeInput input) {
        Programme programme = new Programme();
        programme.id = UUID.randomUUID();
        programme.createdAt = Times.now();
        programme.state = Programme.State.DRAFT;
        apply(programme, input);
        programmes.persist(programme);
        return recorded(ChangeEvent.PROGRAMME_CREATED, programme);
    }

    @Transactional
    public Stored<ProgrammeView> update(UUID id, ProgrammeInput input, String ifMatch) {
        Programme programme = get(id);
        ETags.checkMatches(ifMatch, programme.version);
        apply(programme, input);
        programmes.flush();
        return recorded(ChangeEvent.PROGRAMME_UPDATED, programme);
    }

    private Stored<ProgrammeView> recorded(String type, Programme programme) {
        Stored<ProgrammeView> stored = stored(programme);
        feed.record(type, programme.id, programme.version, programme.id, stored.view());
        return stored;
    }

    private void apply(Programme programme, ProgrammeInput input) {
        if (regions.findById(input.regionCode()) == null) {
            throw ProblemException.badRequest("regionCode", "unknown region " + input.regionCode());
        }
        Set<String> codes = new HashSet<>();
        for (DomainDto domain : input.domains()) {
            if (!codes.add(domain.code())) {
                throw ProblemException.badRequest("domains", "domain code " + domain.code() + " appears twice");
            }
        }
        if (programme.domains != null) {
            for (Programme.Domain old : programme.domains) {
                if (!codes.contains(old.code) && programmes.domainInUse(programme.id, old.code)) {
                    throw ProblemException.conflict(
                            "domain-in-use",
                            "Domain " + old.code
                                    + " is used by projects of this programme; move them to another domain first.");
                }
            }
        }
        Programme.State target = input.state() == null ? programme.state : input.state();
        if (target.ordinal() < programme.state.ordinal()) {
            throw ProblemException.conflict(
                    "programme-state", "A " + programme.state + " programme cannot go back to " + target + ".");
        }
        programme.state = target;
        programme.regionCode = input.regionCode();
        programme.year = input.year();
        programme.title = input.title().strip();
        programme.approvalBasis = input.approvalBasis();
        programme.approvalDate = input.approvalDate();
        programme.plannedTotalInvestment = input.plannedTotalInvestment();
        programme.plannedProjectCount = input.plannedProjectCount();
        programme.sourceNote = input.sourceNote();
        List<Programme.Domain> domains = input.domains().stream()
                .map(d -> new Programme.Domain(d.code(), d.name().strip()))
                .toList();
        if (!sameDomains(programme.domains, domains)) {
            // Delete every row before inserting the new list: rows are keyed by code, not by position.
            programme.domains.clear();
            if (programmes.isPersistent(programme)) {
                programmes.flush();
            }
            programme.domains.addAll(domains);
        }
        programme.updatedAt = Times.now();
    }

    private static boolean sameDomains(List<Programme.Domain> a, List<Programme.Domain> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).code.equals(b.get(i).code) || !a.get(i).name.equals(b.get(i).name)) {
                return false;
            }
        }
        return true;
    }
}
