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
 * The approved figures of many projects as of a date, in two set-based queries whatever the number of
 * projects: the latest approved report per project, and per project and indicator the latest value and
 * the sum of values (for per-period indicators).
 */
@ApplicationScoped
public class FigureRepository {

    public record LatestReport(UUID reportId, LocalDate asOf, BigDecimal percentComplete) {}

    public record IndicatorValue(BigDecimal latest, LocalDate latestAsOf, BigDecimal total) {}

    /** Which projects: all of a programme, or a list of ids. */
    public record Scope(UUID programmeId, List<UUID> projectIds) {
        String where() {
            return programmeId != null ? "r.programme_id = :scope" : "r.project_id IN (:scope)";
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
                SELECT DISTINCT ON (r.project_id) r.project_id, r.id, r.as_of, r.percent_complete
                FROM report r
                WHERE %s AND r.state = 'APPROVED' AND %s
                ORDER BY r.project_id, r.as_of DESC, r.decided_at DESC""".formatted(scope.where(), Report.COUNTS_AS_OF_SQL), scope, asOf)) {
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
                SELECT r.project_id, a.indicator_key,
                       (array_agg(a.value ORDER BY r.as_of DESC, r.decided_at DESC))[1],
                       max(r.as_of), sum(a.value)
                FROM report r JOIN report_actual a ON a.report_id = r.id
                WHERE %s AND r.state = 'APPROVED' AND %s
                GROUP BY r.project_id, a.indicator_key""".formatted(scope.where(), Report.COUNTS_AS_OF_SQL), scope, asOf)) {
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
