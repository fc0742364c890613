package org.civic.progress.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.progress.entity.Report;

/**
 * The approved figures of many projects as of a date, in two queries whatever the number of projects: the latest
 * approved report per project, and per project and indicator the latest value and the sum of values (for per-period
 * indicators). Each is one index probe per project (and indicator), never an aggregate over the history: the sums are
 * the running totals {@link FigureLedger} keeps at approval.
 */
@ApplicationScoped
public class FigureRepository {

    public record LatestReport(UUID reportId, LocalDate asOf, BigDecimal percentComplete) {}

    public record IndicatorValue(BigDecimal latest, LocalDate latestAsOf, BigDecimal total) {}

    /** Which projects: all of a programme, or a list of ids. */
    public record Scope(UUID programmeId, List<UUID> projectIds) {
        String where() {
            return programmeId != null ? "p.programme_id = :scope" : "p.project_id IN (:scope)";
        }

        Object parameter() {
            return programmeId != null ? programmeId : projectIds;
        }
    }

    private final EntityManager entityManager;

    public FigureRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Map<UUID, LatestReport> latestReports(Scope scope, LocalDate asOf) {
        Map<UUID, LatestReport> latest = new HashMap<>();
        if (scope.programmeId() == null && scope.projectIds().isEmpty()) {
            return latest;
        }
        for (Object[] row : rows("""
                SELECT p.project_id, r.id, r.as_of, r.percent_complete
                FROM figure_project p CROSS JOIN LATERAL (
                    SELECT r.id, r.as_of, r.percent_complete FROM report r
                    WHERE r.project_id = p.project_id AND r.state = 'APPROVED' AND %s
                    ORDER BY r.as_of DESC, r.decided_at DESC
                    LIMIT 1) r
                WHERE %s""".formatted(Report.COUNTS_AS_OF_SQL, scope.where()), scope, asOf)) {
            latest.put((UUID) row[0], new LatestReport((UUID) row[1], localDate(row[2]), (BigDecimal) row[3]));
        }
        return latest;
    }

    /** Project → indicator key → value. */
    public Map<UUID, Map<String, IndicatorValue>> indicatorValues(Scope scope, LocalDate asOf) {
        Map<UUID, Map<String, IndicatorValue>> values = new HashMap<>();
        if (scope.programmeId() == null && scope.projectIds().isEmpty()) {
            return values;
        }
        for (Object[] row : rows("""
                SELECT s.project_id, s.indicator_key, r.value, r.as_of, r.running_total
                FROM figure_project p JOIN figure_series s ON s.project_id = p.project_id CROSS JOIN LATERAL (
                    SELECT r.value, r.as_of, r.running_total FROM approved_figure r
                    WHERE r.project_id = s.project_id AND r.indicator_key = s.indicator_key AND %s
                    ORDER BY r.as_of DESC, r.decided_at DESC, r.report_id DESC
                    LIMIT 1) r
                WHERE %s""".formatted(Report.COUNTS_AS_OF_SQL, scope.where()), scope, asOf)) {
            values.computeIfAbsent((UUID) row[0], id -> new HashMap<>())
                    .put((String) row[1], new IndicatorValue((BigDecimal) row[2], localDate(row[3]), (BigDecimal)
                            row[4]));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Scope scope, LocalDate asOf) {
        Query query = entityManager.createNativeQuery(sql);
        query.setParameter("scope", scope.parameter());
        query.setParameter("asOf", asOf);
        return query.getResultList();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
