package org.civic.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.BusinessClock;
import org.civic.common.web.ETags;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.progress.api.ChangeEvent;
import org.civic.progress.api.MilestoneInput;
import org.civic.progress.api.MilestoneView;
import org.civic.progress.client.RegistryProject;
import org.civic.progress.entity.Ladder;
import org.civic.progress.entity.Milestone;
import org.civic.progress.mapping.ProgressMapper;
import org.civic.progress.repository.MilestoneRepository;
import org.civic.progress.repository.PlanRepository;

@ApplicationScoped
public class MilestoneService {

    private final MilestoneRepository milestones;
    private final ProjectCheck projects;
    private final BusinessClock clock;
    private final ProgressMapper mapper;
    private final PlanRepository plans;
    private final ChangeFeed feed;

    public MilestoneService(
            MilestoneRepository milestones,
            ProjectCheck projects,
            BusinessClock clock,
            ProgressMapper mapper,
            PlanRepository plans,
            ChangeFeed feed) {
        this.plans = plans;
        this.clock = clock;
        this.feed = feed;
        this.milestones = milestones;
        this.projects = projects;
        this.mapper = mapper;
    }

    /** The project's milestones as they stood at the end of {@code asOf}. */
    public List<MilestoneView> ofProject(UUID projectId, LocalDate asOf) {
        projects.readable(projectId);
        return milestones.ofProject(projectId).stream()
                .map(m -> mapper.toView(m, asOf))
                .toList();
    }

    /** One milestone, its status as of today. */
    public Stored<MilestoneView> read(UUID id) {
        return stored(get(id));
    }

    private Milestone get(UUID id) {
        Milestone milestone =
                milestones.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Milestone", id));
        projects.readable(milestone.projectId);
        return milestone;
    }

    @Transactional
    public Stored<MilestoneView> create(UUID projectId, MilestoneInput input) {
        RegistryProject project = projects.writable(projectId);
        milestones.find(projectId, input.code()).ifPresent(other -> {
            throw ProblemException.conflict(
                    "milestone-exists",
                    "Project " + projectId + " already has milestone " + input.code() + " (" + other.id
                            + "); change it with PUT /milestones/" + other.id + ".");
        });
        return feed.trackingStatus(projectId, () -> {
            Milestone milestone = new Milestone();
            milestone.id = UUID.randomUUID();
            milestone.projectId = projectId;
            milestone.programmeId = project.programmeId();
            milestone.createdAt = Times.now();
            apply(milestone, input);
            milestones.persist(milestone);
            return written(milestone, null);
        });
    }

    @Transactional
    public Stored<MilestoneView> update(UUID id, MilestoneInput input, String ifMatch) {
        Milestone milestone = get(id);
        ETags.checkMatches(ifMatch, milestone.version);
        projects.writable(milestone.projectId);
        if (!milestone.code.equals(input.code())) {
            throw ProblemException.badRequest("code", "cannot change; create another milestone instead");
        }
        LocalDate metBefore = milestone.actualDate;
        return feed.trackingStatus(milestone.projectId, () -> {
            apply(milestone, input);
            return written(milestone, metBefore);
        });
    }

    /** Flushed first (the version is the row's); an actual date recorded or changed is {@code milestone.met}. */
    private Stored<MilestoneView> written(Milestone milestone, LocalDate metBefore) {
        milestones.flush();
        plans.programmeChanged(milestone.programmeId);
        Stored<MilestoneView> written = stored(milestone);
        if (milestone.actualDate != null && !Objects.equals(milestone.actualDate, metBefore)) {
            feed.record(ChangeEvent.MILESTONE_MET, milestone.programmeId, written);
        }
        return written;
    }

    /** Answers about one milestone show its status as of today. */
    private Stored<MilestoneView> stored(Milestone milestone) {
        return Stored.of(mapper.toView(milestone, clock.today()), milestone.id, milestone.version);
    }

    private void apply(Milestone milestone, MilestoneInput input) {
        boolean standard = Ladder.of(input.code()).isPresent();
        if (!standard && (input.name() == null || input.name().isBlank())) {
            throw ProblemException.badRequest(
                    "name", "a custom milestone needs a name (ladder codes: " + Arrays.toString(Ladder.values()) + ")");
        }
        if (input.actualDate() != null && input.actualDate().isAfter(clock.today())) {
            throw ProblemException.badRequest("actualDate", "must not be in the future");
        }
        if (input.actualDate() != null && !Ladder.APPROVED.name().equals(input.code())) {
            milestones
                    .find(milestone.projectId, Ladder.APPROVED.name())
                    .filter(approved ->
                            approved.actualDate != null && input.actualDate().isBefore(approved.actualDate))
                    .ifPresent(approved -> {
                        throw ProblemException.badRequest(
                                "actualDate", "is before the project's approval (立项) on " + approved.actualDate);
                    });
        }
        milestone.code = input.code();
        milestone.name = input.name() == null || input.name().isBlank()
                ? null
                : input.name().strip();
        milestone.plannedDate = input.plannedDate();
        milestone.actualDate = input.actualDate();
        milestone.updatedAt = Times.now();
    }
}
