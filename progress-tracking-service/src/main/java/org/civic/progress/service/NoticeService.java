package org.civic.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.web.BusinessClock;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.progress.api.NoticeDecision;
import org.civic.progress.api.NoticeInput;
import org.civic.progress.api.NoticeReply;
import org.civic.progress.api.NoticeView;
import org.civic.progress.api.ProjectStatus;
import org.civic.progress.client.RegistryProject;
import org.civic.progress.config.SupervisionRules;
import org.civic.progress.entity.SupervisionNotice;
import org.civic.progress.entity.SupervisionNotice.Origin;
import org.civic.progress.entity.SupervisionNotice.State;
import org.civic.progress.mapping.ProgressMapper;
import org.civic.progress.repository.NoticeRepository;
import org.civic.progress.repository.PlanRepository;

/**
 * 督办 notices: issued automatically when a project turns delayed or reaches the worst light ({@link #onStatusChange}),
 * or by hand; the lead department replies (OPEN → REPLIED); the issuer closes (→ CLOSED), extends (→ OPEN with a
 * later due date) or escalates (→ ESCALATED, then closed). Any other transition is a 409.
 */
@ApplicationScoped
public class NoticeService {

    /** Who issues the automatic notices. */
    public static final String SUPERVISION_OFFICE = "system:supervision";

    private final NoticeRepository notices;
    private final Plans plans;
    private final PlanRepository planVersions;
    private final Caller caller;
    private final BusinessClock clock;
    private final SupervisionRules rules;
    private final StatusCalculator calculator;
    private final ProgressMapper mapper;

    public NoticeService(
            NoticeRepository notices,
            Plans plans,
            PlanRepository planVersions,
            Caller caller,
            BusinessClock clock,
            SupervisionRules rules,
            StatusCalculator calculator,
            ProgressMapper mapper) {
        this.mapper = mapper;
        this.notices = notices;
        this.plans = plans;
        this.planVersions = planVersions;
        this.caller = caller;
        this.clock = clock;
        this.rules = rules;
        this.calculator = calculator;
    }

    /**
     * Inside a write that changed a project's status: a project that turned DELAYED, or whose light turned the worst
     * colour of the scale, gets an automatic notice, unless one is still unresolved.
     */
    public void onStatusChange(ProjectStatus before, ProjectStatus after) {
        if (after.health() == null) {
            return;
        }
        String worst = calculator.lights().worst();
        String reason = null;
        if (after.health() == ProjectStatus.Health.DELAYED && before.health() != ProjectStatus.Health.DELAYED) {
            reason = "turned DELAYED: "
                    + after.reasons().stream().map(ProjectStatus.Reason::detail).collect(Collectors.joining("; "));
        } else if (worst.equals(after.light()) && !worst.equals(before.light())) {
            reason = "turned " + worst + ": " + after.scheduleGapPoints() + " points behind its elapsed time ("
                    + after.completionPercent() + " % complete after " + after.elapsedPercent()
                    + " % of the planned time)";
        }
        if (reason != null && !notices.hasUnresolvedAutomatic(after.projectId())) {
            LocalDate today = clock.today();
            persist(
                    after.projectId(),
                    after.programmeId(),
                    after.leadDepartmentId(),
                    Origin.AUTOMATIC,
                    reason,
                    SUPERVISION_OFFICE,
                    today.plusDays(rules.replyDays()));
        }
    }

    @Transactional
    public Stored<NoticeView> issue(NoticeInput input) {
        RegistryProject project = plans.project(input.projectId())
                .orElseThrow(() -> ProblemException.notFound("Project", input.projectId()));
        if (project.cancelled()) {
            throw ProblemException.conflict(
                    "project-cancelled", "Project " + project.id() + " is cancelled in the registry.");
        }
        if (input.dueDate().isBefore(clock.today())) {
            throw ProblemException.badRequest("dueDate", "must be today or later");
        }
        SupervisionNotice notice = persist(
                project.id(),
                project.programmeId(),
                project.leadDepartmentId(),
                Origin.MANUAL,
                input.reason().strip(),
                caller.name(),
                input.dueDate());
        return written(notice);
    }

    private SupervisionNotice persist(
            UUID projectId,
            UUID programmeId,
            UUID departmentId,
            Origin origin,
            String reason,
            String issuedBy,
            LocalDate dueDate) {
        SupervisionNotice notice = new SupervisionNotice();
        notice.id = UUID.randomUUID();
        notice.projectId = projectId;
        notice.programmeId = programmeId;
        notice.departmentId = departmentId;
        notice.origin = origin;
        notice.reason = reason;
        notice.state = State.OPEN;
        notice.issuedBy = issuedBy;
        notice.issuedOn = clock.today();
        notice.dueDate = dueDate;
        notice.createdAt = Times.now();
        notice.updatedAt = notice.createdAt;
        notices.persist(notice);
        planVersions.programmeChanged(programmeId); // the summary counts notices
        return notice;
    }

    @Transactional // the evidence links are loaded and mapped inside it
    public Stored<NoticeView> read(UUID id) {
        return stored(get(id));
    }

    @Transactional
    public List<NoticeView> ofProject(UUID projectId) {
        plans.project(projectId).orElseThrow(() -> ProblemException.notFound("Project", projectId));
        return notices.ofProject(projectId).stream().map(this::view).toList();
    }

    @Transactional
    public Page<NoticeView> search(UUID programmeId, State state, Boolean overdue, PageRequest page) {
        LocalDate today = clock.today();
        return Page.of(
                notices.search(programmeId, state, overdue, today, page).stream()
                        .map(this::view)
                        .toList(),
                page,
                notices.countSearch(programmeId, state, overdue, today));
    }

    /** The lead department's editor (or an admin) answers an OPEN notice with its measures and evidence. */
    @Transactional
    public Stored<NoticeView> reply(UUID id, NoticeReply reply, String ifMatch) {
        SupervisionNotice notice = get(id);
        caller.requireDepartment(notice.departmentId, "督办 notices");
        checkState(notice, ifMatch, "replied to", State.OPEN);
        notice.measures = reply.measures().strip();
        notice.evidenceLinks.clear();
        if (reply.evidenceLinks() != null) {
            notice.evidenceLinks.addAll(reply.evidenceLinks());
        }
        notice.repliedBy = caller.name();
        notice.repliedAt = Times.now();
        notice.state = State.REPLIED;
        return decided(notice, null);
    }

    @Transactional
    public Stored<NoticeView> close(UUID id, NoticeDecision decision, String ifMatch) {
        SupervisionNotice notice = get(id);
        checkState(notice, ifMatch, "closed", State.REPLIED, State.ESCALATED);
        notice.state = State.CLOSED;
        notice.closedOn = clock.today();
        return decided(notice, decision);
    }

    /** A later due date; the department replies (again) by then. */
    @Transactional
    public Stored<NoticeView> extend(UUID id, NoticeDecision decision, String ifMatch) {
        SupervisionNotice notice = get(id);
        checkState(notice, ifMatch, "extended", State.OPEN, State.REPLIED);
        if (decision.dueDate() == null) {
            throw ProblemException.badRequest("dueDate", "an extension needs the new due date");
        }
        if (!decision.dueDate().isAfter(notice.dueDate)) {
            throw ProblemException.badRequest("dueDate", "must be after the current due date " + notice.dueDate);
        }
        notice.dueDate = decision.dueDate();
        notice.extensions++;
        notice.state = State.OPEN;
        return decided(notice, decision);
    }

    @Transactional
    public Stored<NoticeView> escalate(UUID id, NoticeDecision decision, String ifMatch) {
        SupervisionNotice notice = get(id);
        checkState(notice, ifMatch, "escalated", State.OPEN, State.REPLIED);
        notice.state = State.ESCALATED;
        return decided(notice, decision);
    }

    private SupervisionNotice get(UUID id) {
        return notices.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Supervision notice", id));
    }

    private static void checkState(SupervisionNotice notice, String ifMatch, String verb, State... allowed) {
        if (ifMatch != null) {
            ETags.checkMatches(ifMatch, notice.version);
        }
        if (!List.of(allowed).contains(notice.state)) {
            throw ProblemException.conflict(
                    "notice-state",
                    "Supervision notice " + notice.id + " is " + notice.state + " and cannot be " + verb
                            + " (only from " + List.of(allowed) + ").");
        }
    }

    private Stored<NoticeView> decided(SupervisionNotice notice, NoticeDecision decision) {
        if (decision != null) {
            notice.decisionComment = decision.comment().strip();
            notice.decidedBy = caller.name();
        }
        notice.updatedAt = Times.now();
        planVersions.programmeChanged(notice.programmeId);
        return written(notice);
    }

    /** Flushed first: the version the answer's ETag names is the one the write gives the row. */
    private Stored<NoticeView> written(SupervisionNotice notice) {
        notices.flush();
        return stored(notice);
    }

    private Stored<NoticeView> stored(SupervisionNotice notice) {
        return Stored.of(view(notice), notice.id, notice.version);
    }

    private NoticeView view(SupervisionNotice notice) {
        return mapper.toView(notice, clock.today());
    }
}
