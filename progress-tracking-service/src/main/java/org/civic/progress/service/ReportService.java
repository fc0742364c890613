package org.civic.progress.service;

import static org.civic.common.web.Decimals.plain;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.civic.common.persistence.AfterCommit;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.BusinessClock;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.progress.api.ChangeEvent;
import org.civic.progress.api.ReportInput;
import org.civic.progress.api.ReportView;
import org.civic.progress.api.SeriesPoint;
import org.civic.progress.client.RegistryProject;
import org.civic.progress.entity.Report;
import org.civic.progress.entity.Report.State;
import org.civic.progress.mapping.ProgressMapper;
import org.civic.progress.repository.FigureLedger;
import org.civic.progress.repository.ReportRepository;

/**
 * Progress reports and their workflow DRAFT → SUBMITTED → APPROVED or RETURNED (→ SUBMITTED again).
 * An approved report is never edited: a correction is a new report that supersedes it when approved.
 */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final ProjectCheck projects;
    private final BusinessClock clock;
    private final AfterCommit afterCommit;
    private final Counter approvedReports;
    private final ProgressMapper mapper;
    private final FigureLedger ledger;
    private final ChangeFeed feed;

    public ReportService(
            ReportRepository reports,
            FigureLedger ledger,
            ProjectCheck projects,
            BusinessClock clock,
            MeterRegistry metrics,
            AfterCommit afterCommit,
            ProgressMapper mapper,
            ChangeFeed feed) {
        this.mapper = mapper;
        this.feed = feed;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.approvedReports = Counter.builder("civic.reports.approved")
                .description("Progress reports approved by a reviewer (counted when the approval commits)")
                .register(metrics);
        this.reports = reports;
        this.ledger = ledger;
        this.projects = projects;
    }

    /** A project's reports, of {@code state} and counting as of {@code asOf} when given. */
    @Transactional // the reports' collections are loaded and mapped inside it
    public Page<ReportView> ofProject(UUID projectId, State state, LocalDate asOf, PageRequest page) {
        projects.readable(projectId);
        return Page.of(
                reports.ofProject(projectId, state, asOf, page).stream()
                        .map(mapper::toView)
                        .toList(),
                page,
                reports.countOfProject(projectId, state, asOf));
    }

    @Transactional // the report's collections are loaded and mapped inside it
    public Stored<ReportView> read(UUID id) {
        return stored(get(id));
    }

    private Report get(UUID id) {
        Report report = reports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Report", id));
        projects.readable(report.projectId);
        return report;
    }

    /** The approved values of one indicator over time, dated by the period each report speaks for. */
    @Transactional // the reports' actuals are loaded inside it
    public List<SeriesPoint> series(UUID projectId, String key) {
        projects.readable(projectId);
        return reports.approvedWith(projectId, key).stream()
                .map(r -> new SeriesPoint(r.asOf, plain(r.actuals.get(key)), r.id))
                .toList();
    }

    @Transactional
    public Stored<ReportView> create(UUID projectId, ReportInput input, String reporter) {
        RegistryProject project = projects.writable(projectId);
        check(project, input);
        if (input.supersedesId() != null) {
            Report old = reports.findByIdOptional(input.supersedesId())
                    .orElseThrow(() ->
                            ProblemException.badRequest("supersedesId", "unknown report " + input.supersedesId()));
            if (!old.projectId.equals(projectId) || old.state != State.APPROVED) {
                throw ProblemException.conflict(
                        "not-correctable",
                        "Only an approved report of the same project can be " + "corrected; report " + old.id + " is "
                                + old.state + ".");
            }
        }
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.projectId = projectId;
        report.programmeId = project.programmeId();
        report.reporter = reporter;
        report.state = State.DRAFT;
        report.supersedesId = input.supersedesId();
        report.createdAt = Times.now();
        apply(report, input);
        reports.persist(report);
        return stored(report);
    }

    @Transactional
    public Stored<ReportView> update(UUID id, ReportInput input, String ifMatch) {
        Report report = get(id);
        ETags.checkMatches(ifMatch, report.version);
        requireState(report, "edited", State.DRAFT, State.RETURNED);
        if (!Objects.equals(report.supersedesId, input.supersedesId())) {
            throw ProblemException.badRequest("supersedesId", "cannot change; file another report instead");
        }
        check(projects.writable(report.projectId), input);
        apply(report, input);
        return written(report);
    }

    @Transactional
    public Stored<ReportView> submit(UUID id, String ifMatch) {
        Report report = transition(id, ifMatch, "submitted", State.DRAFT, State.RETURNED);
        recheck(report);
        report.state = State.SUBMITTED;
        report.submittedAt = Times.now();
        return written(touched(report));
    }

    @Transactional
    public Stored<ReportView> approve(UUID id, String ifMatch, String reviewer) {
        Report report = transition(id, ifMatch, "approved", State.SUBMITTED);
        recheck(report);
        Stored<ReportView> approved = feed.trackingStatus(report.projectId, () -> approveChecked(report, reviewer));
        feed.record(ChangeEvent.REPORT_APPROVED, report.programmeId, approved);
        afterCommit.run(approvedReports::increment);
        return approved;
    }

    private Stored<ReportView> approveChecked(Report report, String reviewer) {
        Report superseded = null;
        if (report.supersedesId != null) {
            superseded = get(report.supersedesId);
            requireState(superseded, "superseded", State.APPROVED);
            superseded.state = State.SUPERSEDED;
            superseded.updatedAt = Times.now();
        }
        report.state = State.APPROVED;
        Stored<ReportView> approved = written(decided(report, reviewer));
        ledger.approved(report, superseded); // reads the rows the flush wrote
        return approved;
    }

    @Transactional
    public Stored<ReportView> giveBack(UUID id, String ifMatch, String reviewer, String comment) {
        Report report = transition(id, ifMatch, "returned", State.SUBMITTED);
        report.state = State.RETURNED;
        report.returnComment = comment.strip();
        Stored<ReportView> returned = written(decided(report, reviewer));
        feed.record(ChangeEvent.REPORT_RETURNED, report.programmeId, returned);
        return returned;
    }

    /** Flushed first: the version the answer's ETag names is the one the write gives the row. */
    private Stored<ReportView> written(Report report) {
        reports.flush();
        return stored(report);
    }

    private Stored<ReportView> stored(Report report) {
        return Stored.of(mapper.toView(report), report.id, report.version);
    }

    private Report transition(UUID id, String ifMatch, String verb, State... from) {
        Report report = get(id);
        if (ifMatch != null) {
            ETags.checkMatches(ifMatch, report.version);
        }
        requireState(report, verb, from);
        return report;
    }

    /** The registry is asked again on every workflow write: the project or an indicator may have gone since. */
    private void recheck(Report report) {
        RegistryProject project = projects.writable(report.projectId);
        List<Problem.Violation> violations = new ArrayList<>();
        report.actuals.keySet().stream()
                .filter(key -> !project.hasIndicator(key))
                .forEach(key -> violations.add(new Problem.Violation(
                        "actuals", "indicator " + key + " is no longer a target of the project")));
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
    }

    private void check(RegistryProject project, ReportInput input) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (input.asOf().isAfter(clock.today())) {
            violations.add(new Problem.Violation("asOf", "must not be in the future"));
        }
        Set<String> seen = new HashSet<>();
        List<ReportInput.Actual> actuals = input.actuals() == null ? List.of() : input.actuals();
        for (int i = 0; i < actuals.size(); i++) {
            String key = actuals.get(i).key();
            if (!project.hasIndicator(key)) {
                violations.add(new Problem.Violation(
                        "actuals[" + i + "].key",
                        "the project has no indicator " + key
                                + "; its indicators are "
                                + (project.indicators() == null
                                        ? "[]"
                                        : project.indicators().stream()
                                                .map(RegistryProject.Indicator::key)
                                                .toList())));
            } else if (!seen.add(key)) {
                violations.add(new Problem.Violation("actuals[" + i + "].key", "indicator " + key + " appears twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
    }

    private static void apply(Report report, ReportInput input) {
        report.asOf = input.asOf();
        report.percentComplete = input.percentComplete();
        report.narrative = input.narrative() == null || input.narrative().isBlank()
                ? null
                : input.narrative().strip();
        report.actuals.clear();
        if (input.actuals() != null) {
            input.actuals().forEach(a -> report.actuals.put(a.key(), a.value()));
        }
        report.evidenceLinks.clear();
        if (input.evidenceLinks() != null) {
            report.evidenceLinks.addAll(input.evidenceLinks());
        }
        report.updatedAt = Times.now();
    }

    private static void requireState(Report report, String verb, State... allowed) {
        if (!List.of(allowed).contains(report.state)) {
            throw ProblemException.conflict(
                    "report-state",
                    "Report " + report.id + " is " + report.state
                            + " and cannot be " + verb
                            + (report.state == State.APPROVED
                                    ? "; an approved report is never edited, file a correction with supersedesId"
                                    : "")
                            + ".");
        }
    }

    private static Report decided(Report report, String reviewer) {
        report.decidedAt = Times.now();
        report.decidedBy = reviewer;
        return touched(report);
    }

    private static Report touched(Report report) {
        report.updatedAt = Times.now();
        return report;
    }
}
