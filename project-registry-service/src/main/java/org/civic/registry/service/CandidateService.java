package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.registry.api.CandidateInput;
import org.civic.registry.api.CandidateView;
import org.civic.registry.api.ChangeEvent;
import org.civic.registry.api.IndicatorDto;
import org.civic.registry.entity.Candidate;
import org.civic.registry.entity.Programme;
import org.civic.registry.mapping.RegistryMapper;
import org.civic.registry.mapping.SelectionMapper;
import org.civic.registry.repository.CandidateRepository;
import org.civic.registry.repository.DepartmentRepository;
import org.civic.registry.repository.ProjectRepository;

/** A draft programme's shortlist: candidates (project proposals) and the accepted suggestions behind each. */
@ApplicationScoped
public class CandidateService {

    private final CandidateRepository candidates;
    private final ProgrammeService programmes;
    private final DepartmentRepository departments;
    private final ProjectRepository projects;
    private final SuggestionService suggestions;
    private final SelectionMapper mapper;
    private final RegistryMapper registry;
    private final ChangeFeed feed;

    public CandidateService(
            CandidateRepository candidates,
            ProgrammeService programmes,
            DepartmentRepository departments,
            ProjectRepository projects,
            SuggestionService suggestions,
            SelectionMapper mapper,
            RegistryMapper registry,
            ChangeFeed feed) {
        this.candidates = candidates;
        this.programmes = programmes;
        this.departments = departments;
        this.projects = projects;
        this.suggestions = suggestions;
        this.mapper = mapper;
        this.registry = registry;
        this.feed = feed;
    }

    @Transactional
    public Stored<CandidateView> create(UUID programmeId, CandidateInput input) {
        Programme programme = programmes.get(programmeId);
        requireDraft(programme, "candidates");
        List<UUID> suggestionIds = ProjectService.orEmpty(input.suggestionIds());
        List<Problem.Violation> violations = new ArrayList<>(checkReferences(input, programme));
        violations.addAll(suggestions.notAccepted(suggestionIds, "suggestionIds"));
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        candidates.findByCode(programmeId, input.code()).ifPresent(other -> {
            throw ProblemException.conflict(
                    "candidate-code-taken",
                    "Programme " + programmeId + " already has a candidate with code " + input.code() + " (" + other.id
                            + ").");
        });
        Candidate candidate = new Candidate();
        candidate.id = UUID.randomUUID();
        candidate.programmeId = programmeId;
        candidate.code = input.code();
        candidate.title = input.title().strip();
        candidate.domainCode = input.domainCode();
        candidate.leadDepartmentId = input.leadDepartmentId();
        candidate.plannedInvestment = input.plannedInvestment();
        ProjectService.orEmpty(input.indicators()).stream()
                .map(registry::toEntity)
                .forEach(candidate.indicators::add);
        candidate.suggestionIds.addAll(new LinkedHashSet<>(suggestionIds));
        candidate.createdAt = Times.now();
        candidate.updatedAt = candidate.createdAt;
        candidates.persist(candidate);
        candidates.flush();
        CandidateView view = mapper.toView(candidate, null);
        feed.record(ChangeEvent.CANDIDATE_CREATED, candidate.id, candidate.version, programmeId, view);
        return Stored.of(view, candidate.id, candidate.version);
    }

    @Transactional // the collections are read inside the transaction
    public List<CandidateView> list(UUID programmeId) {
        programmes.get(programmeId);
        Map<UUID, UUID> projectOf = projectsByCandidate(programmeId);
        return candidates.ofProgramme(programmeId).stream()
                .map(c -> mapper.toView(c, projectOf.get(c.id)))
                .toList();
    }

    @Transactional
    public Stored<CandidateView> read(UUID programmeId, UUID id) {
        Candidate candidate = get(programmeId, id);
        UUID projectId = projects.findByCandidate(id).map(p -> p.id).orElse(null);
        return Stored.of(mapper.toView(candidate, projectId), candidate.id, candidate.version);
    }

    Candidate get(UUID programmeId, UUID id) {
        programmes.get(programmeId);
        return candidates
                .findByIdOptional(id)
                .filter(c -> c.programmeId.equals(programmeId))
                .orElseThrow(() -> ProblemException.notFound("Candidate", id));
    }

    private Map<UUID, UUID> projectsByCandidate(UUID programmeId) {
        return projects.ofProgramme(programmeId).stream()
                .filter(p -> p.candidateId != null)
                .collect(Collectors.toMap(p -> p.candidateId, p -> p.id));
    }

    /** The shortlist and the vote exist only while the programme is a draft: publication follows the congress. */
    static void requireDraft(Programme programme, String what) {
        if (programme.state != Programme.State.DRAFT) {
            throw ProblemException.conflict(
                    "programme-not-draft",
                    "Programme " + programme.id + " is " + programme.state + ": " + what
                            + " are recorded only while it is a DRAFT.");
        }
    }

    private List<Problem.Violation> checkReferences(CandidateInput input, Programme programme) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!programme.hasDomain(input.domainCode())) {
            violations.add(new Problem.Violation(
                    "domainCode",
                    "must be one of the programme's domains "
                            + programme.domains.stream().map(d -> d.code).toList()));
        }
        if (departments.findByIdOptional(input.leadDepartmentId()).isEmpty()) {
            violations.add(new Problem.Violation("leadDepartmentId", "unknown department " + input.leadDepartmentId()));
        }
        Set<String> keys = new HashSet<>();
        for (IndicatorDto indicator : ProjectService.orEmpty(input.indicators())) {
            if (!keys.add(indicator.key())) {
                violations.add(
                        new Problem.Violation("indicators", "indicator key " + indicator.key() + " appears twice"));
            }
        }
        return violations;
    }
}
