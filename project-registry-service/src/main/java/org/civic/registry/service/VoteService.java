package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.registry.api.ChangeEvent;
import org.civic.registry.api.LineageView;
import org.civic.registry.api.ProjectInput;
import org.civic.registry.api.VoteInput;
import org.civic.registry.api.VoteView;
import org.civic.registry.entity.Candidate;
import org.civic.registry.entity.Programme;
import org.civic.registry.entity.Project;
import org.civic.registry.entity.Vote;
import org.civic.registry.mapping.RegistryMapper;
import org.civic.registry.mapping.SelectionMapper;
import org.civic.registry.repository.CandidateRepository;
import org.civic.registry.repository.ProgrammeRepository;
import org.civic.registry.repository.ProjectRepository;
import org.civic.registry.repository.VoteRepository;

/**
 * The deputies' vote (代表定): recording a session's tally (refused with 422 when it cannot be right, counted by
 * {@link VoteCount}), corrections as new records with a reason, and the confirmation that creates the selected
 * projects with their lineage. A confirmed record never changes.
 */
@ApplicationScoped
public class VoteService {

    private final VoteRepository votes;
    private final CandidateRepository candidates;
    private final ProgrammeService programmes;
    private final ProgrammeRepository programmeRows;
    private final ProjectService projectService;
    private final ProjectRepository projects;
    private final SuggestionService suggestions;
    private final SelectionMapper mapper;
    private final RegistryMapper registry;
    private final Caller caller;
    private final ChangeFeed feed;

    public VoteService(
            VoteRepository votes,
            CandidateRepository candidates,
            ProgrammeService programmes,
            ProgrammeRepository programmeRows,
            ProjectService projectService,
            ProjectRepository projects,
            SuggestionService suggestions,
            SelectionMapper mapper,
            RegistryMapper registry,
            Caller caller,
            ChangeFeed feed) {
        this.votes = votes;
        this.candidates = candidates;
        this.programmes = programmes;
        this.programmeRows = programmeRows;
        this.projectService = projectService;
        this.projects = projects;
        this.suggestions = suggestions;
        this.mapper = mapper;
        this.registry = registry;
        this.caller = caller;
        this.feed = feed;
    }

    @Transactional
    public Stored<VoteView> record(UUID programmeId, VoteInput input) {
        Programme programme = lockedDraft(programmeId, "votes");
        Optional<Vote> corrected = corrected(programmeId, input);
        Map<UUID, Candidate> shortlist = shortlist(programmeId);
        List<Problem.Violation> coverage = checkCoverage(input.tallies(), shortlist);
        if (!coverage.isEmpty()) {
            throw ProblemException.unprocessable(
                            "tally-incomplete", "The tally must name every candidate of the programme exactly once.")
                    .with("violations", coverage);
        }
        if (input.deputiesPresent() > input.deputiesSeated()) {
            throw ProblemException.unprocessable(
                    "more-present-than-seated",
                    input.deputiesPresent() + " deputies present but only " + input.deputiesSeated() + " seated.");
        }
        VoteCount.Session session = new VoteCount.Session(
                input.deputiesSeated(),
                input.deputiesPresent(),
                input.quorumRule() == null ? VoteCount.QuorumRule.TWO_THIRDS_OF_SEATED : input.quorumRule(),
                input.passRule() == null ? VoteCount.PassRule.MORE_THAN_HALF_OF_SEATED : input.passRule(),
                input.seats());
        List<VoteCount.Count> counts = input.tallies().stream()
                .map(t -> new VoteCount.Count(
                        t.candidateId(),
                        "candidate " + shortlist.get(t.candidateId()).code,
                        t.votesFor(),
                        t.votesAgainst(),
                        t.abstentions()))
                .toList();
        List<VoteCount.Refusal> refusals = VoteCount.check(session, counts);
        if (!refusals.isEmpty()) {
            throw ProblemException.unprocessable(
                            refusals.get(0).slug(),
                            refusals.stream().map(VoteCount.Refusal::detail).collect(Collectors.joining("; ")) + ".")
                    .with(
                            "refusals",
                            refusals.stream().map(VoteCount.Refusal::slug).toList());
        }
        Vote vote = new Vote();
        vote.id = UUID.randomUUID();
        vote.programmeId = programme.id;
        vote.sessionName = input.sessionName().strip();
        vote.sessionDate = input.sessionDate();
        vote.deputiesSeated = session.seated();
        vote.deputiesPresent = session.present();
        vote.quorumRule = session.quorum();
        vote.passRule = session.pass();
        vote.seats = session.seats();
        vote.state = Vote.State.RECORDED;
        vote.recordedBy = caller.name();
        vote.createdAt = Times.now();
        vote.updatedAt = vote.createdAt;
        for (VoteCount.Result result : VoteCount.count(session, counts)) {
            Vote.Tally tally = new Vote.Tally();
            tally.candidateId = result.count().candidateId();
            tally.votesFor = result.count().votesFor();
            tally.votesAgainst = result.count().votesAgainst();
            tally.abstentions = result.count().abstentions();
            tally.rank = result.rank();
            tally.outcome = result.outcome();
            vote.tallies.add(tally);
        }
        corrected.ifPresent(earlier -> {
            earlier.state = Vote.State.SUPERSEDED;
            earlier.updatedAt = vote.createdAt;
            vote.correctsId = earlier.id;
            vote.correctionReason = input.correctionReason().strip();
        });
        votes.persist(vote);
        votes.flush();
        corrected.ifPresent(earlier -> recorded(ChangeEvent.VOTE_SUPERSEDED, earlier, shortlist));
        return recorded(ChangeEvent.VOTE_RECORDED, vote, shortlist);
    }

    /**
     * Without {@code correctsVoteId} the programme must have no vote yet; with it, the named vote must be the current
     * one (not already superseded) and a reason is required. The record corrected becomes SUPERSEDED.
     */
    private Optional<Vote> corrected(UUID programmeId, VoteInput input) {
        String reason = ProjectService.blankToNull(input.correctionReason());
        if (input.correctsVoteId() == null) {
            if (reason != null) {
                throw ProblemException.badRequest("correctionReason", "only a correction (correctsVoteId) has one");
            }
            votes.current(programmeId).ifPresent(current -> {
                throw ProblemException.conflict(
                        "vote-exists",
                        "Programme " + programmeId + " already has vote " + current.id + " (" + current.state
                                + "); record a correction: name it in correctsVoteId, with a correctionReason.");
            });
            return Optional.empty();
        }
        Vote earlier = votes.findByIdOptional(input.correctsVoteId())
                .filter(v -> v.programmeId.equals(programmeId))
                .orElseThrow(() -> ProblemException.badRequest(
                        "correctsVoteId", "unknown vote " + input.correctsVoteId() + " of this programme"));
        if (earlier.state == Vote.State.SUPERSEDED) {
            throw ProblemException.conflict(
                    "vote-superseded", "Vote " + earlier.id + " was already corrected; correct the newest record.");
        }
        if (reason == null) {
            throw ProblemException.badRequest("correctionReason", "a correction says why");
        }
        return Optional.of(earlier);
    }

    private static List<Problem.Violation> checkCoverage(
            List<VoteInput.Tally> tallies, Map<UUID, Candidate> shortlist) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < tallies.size(); i++) {
            UUID candidateId = tallies.get(i).candidateId();
            String field = "tallies[" + i + "].candidateId";
            if (!shortlist.containsKey(candidateId)) {
                violations.add(new Problem.Violation(field, "not a candidate of this programme: " + candidateId));
            } else if (!seen.add(candidateId)) {
                violations.add(new Problem.Violation(field, "candidate " + candidateId + " appears twice"));
            }
        }
        shortlist.values().stream()
                .filter(c -> !seen.contains(c.id))
                .sorted((a, b) -> a.code.compareTo(b.code))
                .forEach(c -> violations.add(
                        new Problem.Violation("tallies", "candidate " + c.code + " (" + c.id + ") has no tally")));
        return violations;
    }

    /**
     * Confirms a recorded vote: creates a project from every SELECTED candidate (code, title, domain, lead
     * department, investment and indicators; {@code candidateId} is its lineage) and, when it corrects a confirmed
     * vote, deletes the draft projects of candidates it no longer selects and keeps those it still selects. A vote
     * with a tie at the last seat cannot be confirmed (409): the congress decides, and a correction records it.
     */
    @Transactional
    public Stored<VoteView> confirm(UUID programmeId, UUID voteId) {
        lockedDraft(programmeId, "votes");
        Vote vote = get(programmeId, voteId);
        if (vote.state != Vote.State.RECORDED) {
            throw ProblemException.conflict(
                    vote.state == Vote.State.CONFIRMED ? "vote-confirmed" : "vote-superseded",
                    "Vote " + voteId + " is " + vote.state + " and never changes; a correction is a new record.");
        }
        if (vote.tallies.stream().anyMatch(t -> t.outcome == VoteCount.Outcome.TIED)) {
            throw ProblemException.conflict(
                    "vote-tied",
                    "Candidates are tied at the last seat; record the congress's decision as a correction of vote "
                            + voteId + ".");
        }
        Map<UUID, Candidate> shortlist = shortlist(programmeId);
        Set<UUID> selected = vote.tallies.stream()
                .filter(t -> t.outcome == VoteCount.Outcome.SELECTED)
                .map(t -> t.candidateId)
                .collect(Collectors.toSet());
        Set<UUID> kept = new HashSet<>();
        for (Project project : projects.ofProgramme(programmeId)) {
            if (project.candidateId == null) {
                continue;
            }
            if (selected.contains(project.candidateId)) {
                kept.add(project.candidateId);
            } else {
                projectService.remove(project);
            }
        }
        projects.flush();
        String actor = caller.name();
        for (UUID candidateId : selected) {
            if (!kept.contains(candidateId)) {
                Project project = projectService.add(projectInput(shortlist.get(candidateId)), actor);
                project.candidateId = candidateId;
                projects.flush();
                projectService.recorded(ChangeEvent.PROJECT_CREATED, project);
            }
        }
        vote.state = Vote.State.CONFIRMED;
        vote.confirmedBy = actor;
        vote.confirmedAt = Times.now();
        vote.updatedAt = vote.confirmedAt;
        votes.flush();
        return recorded(ChangeEvent.VOTE_CONFIRMED, vote, shortlist);
    }

    private ProjectInput projectInput(Candidate candidate) {
        return new ProjectInput(
                candidate.programmeId,
                candidate.code,
                candidate.title,
                null,
                null,
                candidate.domainCode,
                candidate.leadDepartmentId,
                null,
                null,
                candidate.plannedInvestment,
                null,
                null,
                null,
                null,
                candidate.indicators.stream().map(registry::toDto).toList(),
                null);
    }

    @Transactional
    public List<VoteView> list(UUID programmeId) {
        programmes.get(programmeId);
        Map<UUID, Candidate> shortlist = shortlist(programmeId);
        return votes.ofProgramme(programmeId).stream()
                .map(v -> mapper.toView(v, shortlist))
                .toList();
    }

    @Transactional
    public Stored<VoteView> read(UUID programmeId, UUID voteId) {
        Vote vote = get(programmeId, voteId);
        return Stored.of(mapper.toView(vote, shortlist(programmeId)), vote.id, vote.version);
    }

    /** Project → candidate → suggestions, with the confirmed vote that selected it; empty for a project entered directly. */
    @Transactional
    public LineageView lineage(UUID projectId) {
        Project project = projectService.get(projectId);
        if (project.candidateId == null) {
            return new LineageView(project.id, project.code, null, null, List.of());
        }
        Candidate candidate = candidates.findById(project.candidateId);
        LineageView.Selection selection = votes.confirmed(project.programmeId)
                .flatMap(vote -> vote.tallies.stream()
                        .filter(t -> t.candidateId.equals(candidate.id))
                        .findFirst()
                        .map(t -> new LineageView.Selection(
                                vote.id,
                                vote.sessionName,
                                vote.sessionDate,
                                t.votesFor,
                                t.votesAgainst,
                                t.abstentions,
                                t.rank)))
                .orElse(null);
        return new LineageView(
                project.id,
                project.code,
                mapper.toView(candidate, project.id),
                selection,
                suggestions.publicViews(candidate.suggestionIds));
    }

    private Vote get(UUID programmeId, UUID voteId) {
        programmes.get(programmeId);
        return votes.findByIdOptional(voteId)
                .filter(v -> v.programmeId.equals(programmeId))
                .orElseThrow(() -> ProblemException.notFound("Vote", voteId));
    }

    /** Votes of one programme are recorded and confirmed one at a time (the programme's row is locked). */
    private Programme lockedDraft(UUID programmeId, String what) {
        Programme programme = programmes.get(programmeId);
        programmeRows.getEntityManager().lock(programme, LockModeType.PESSIMISTIC_WRITE);
        CandidateService.requireDraft(programme, what);
        return programme;
    }

    private Map<UUID, Candidate> shortlist(UUID programmeId) {
        return candidates.ofProgramme(programmeId).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
    }

    private Stored<VoteView> recorded(String type, Vote vote, Map<UUID, Candidate> shortlist) {
        VoteView view = mapper.toView(vote, shortlist);
        feed.record(type, vote.id, vote.version, vote.programmeId, view);
        return Stored.of(view, vote.id, vote.version);
    }
}
