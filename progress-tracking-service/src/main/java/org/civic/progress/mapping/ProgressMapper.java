package org.civic.progress.mapping;

import static org.civic.common.web.Decimals.plain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.civic.progress.api.MilestoneView;
import org.civic.progress.api.NoticeView;
import org.civic.progress.api.ReportInput;
import org.civic.progress.api.ReportView;
import org.civic.progress.entity.Ladder;
import org.civic.progress.entity.Milestone;
import org.civic.progress.entity.Report;
import org.civic.progress.entity.SupervisionNotice;

@ApplicationScoped
public class ProgressMapper {

    /**
     * The milestone as it stood on {@code asOf} (the rule the figures use, {@link Milestone#metBy} / {@code missedBy}):
     * one met after that date is not met yet, so its actual date is not shown.
     */
    public MilestoneView toView(Milestone milestone, LocalDate asOf) {
        boolean met = milestone.metBy(asOf);
        String status = met ? "MET" : milestone.missedBy(asOf) ? "MISSED" : "SCHEDULED";
        String name = milestone.name != null
                ? milestone.name
                : Ladder.of(milestone.code).map(l -> l.nameZh).orElse(null);
        return new MilestoneView(
                milestone.id,
                milestone.projectId,
                milestone.code,
                name,
                Ladder.of(milestone.code).isPresent(),
                milestone.plannedDate,
                met ? milestone.actualDate : null,
                status);
    }

    public ReportView toView(Report report) {
        List<ReportInput.Actual> actuals = report.actuals.entrySet().stream()
                .map(e -> new ReportInput.Actual(e.getKey(), plain(e.getValue())))
                .toList();
        return new ReportView(
                report.id,
                report.projectId,
                report.programmeId,
                report.asOf,
                actuals,
                plain(report.percentComplete),
                report.narrative,
                List.copyOf(report.evidenceLinks),
                report.reporter,
                report.state,
                report.supersedesId,
                report.submittedAt,
                report.decidedAt,
                report.decidedBy,
                report.returnComment,
                report.createdAt,
                report.updatedAt);
    }

    /** A notice as it stands; overdue as of {@code today}. */
    public NoticeView toView(SupervisionNotice notice, LocalDate today) {
        return new NoticeView(
                notice.id,
                notice.projectId,
                notice.programmeId,
                notice.departmentId,
                notice.origin,
                notice.reason,
                notice.state,
                notice.issuedBy,
                notice.issuedOn,
                notice.dueDate,
                notice.overdueOn(today),
                notice.measures,
                List.copyOf(notice.evidenceLinks),
                notice.repliedBy,
                notice.repliedAt,
                notice.decisionComment,
                notice.decidedBy,
                notice.closedOn,
                notice.extensions);
    }
}
