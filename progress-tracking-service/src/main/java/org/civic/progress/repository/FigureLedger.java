package org.civic.progress.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Map;
import org.civic.progress.entity.Report;

/**
 * Keeps the ledger of approved figures (table {@code approved_figure}, see V2__figures_as_of.sql) that
 * {@link FigureRepository} probes: each approved report's values with the running total of its project and indicator.
 * Approval is the only way into counting (and, for the report a correction supersedes, out of it), so the approving
 * transaction calls {@link #approved} and nothing else writes the ledger.
 */
@ApplicationScoped
public class FigureLedger {

    private final EntityManager entityManager;
    private final PlanRepository plans;

    public FigureLedger(EntityManager entityManager, PlanRepository plans) {
        this.entityManager = entityManager;
        this.plans = plans;
    }

    /**
     * {@code report} (flushed, APPROVED) now counts and {@code superseded} (or null) no longer does. The running totals
     * of the project are recomputed from the earliest period either speaks for: a late approval of an earlier period
     * is credited to that period and to every later date.
     */
    public void approved(Report report, Report superseded) {
        // First, so that concurrent approvals of one project wait here for each other: each recomputes the totals
        // with the rows the other committed.
        execute("""
                INSERT INTO figure_project (project_id, programme_id) VALUES (:project, :programme)
                ON CONFLICT (project_id) DO UPDATE SET programme_id = excluded.programme_id""", Map.of("project", report.projectId, "programme", report.programmeId));
        plans.programmeChanged(report.programmeId);
        LocalDate from = report.asOf;
        if (superseded != null) {
            execute("DELETE FROM approved_figure WHERE report_id = :report", Map.of("report", superseded.id));
            from = superseded.asOf.isBefore(from) ? superseded.asOf : from;
        }
        execute("""
                INSERT INTO approved_figure (report_id, indicator_key, project_id, as_of, decided_at, value, running_total)
                SELECT r.id, a.indicator_key, r.project_id, r.as_of, r.decided_at, a.value, a.value
                FROM report r JOIN report_actual a ON a.report_id = r.id
                WHERE r.id = :report""", Map.of("report", report.id));
        execute("""
                INSERT INTO figure_series (project_id, indicator_key)
                SELECT project_id, indicator_key FROM approved_figure WHERE report_id = :report
                ON CONFLICT DO NOTHING""", Map.of("report", report.id));
        execute("""
                UPDATE approved_figure f SET running_total = t.total
                FROM (SELECT report_id, indicator_key,
                             sum(value) OVER (PARTITION BY indicator_key ORDER BY as_of, decided_at, report_id) AS total
                      FROM approved_figure WHERE project_id = :project) t
                WHERE f.project_id = :project AND f.as_of >= :from
                  AND f.report_id = t.report_id AND f.indicator_key = t.indicator_key
                  AND f.running_total IS DISTINCT FROM t.total""", Map.of("project", report.projectId, "from", from));
    }

    private void execute(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        query.executeUpdate();
    }
}
