package org.civic.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.common.persistence.Filter;
import org.civic.common.web.PageRequest;
import org.civic.progress.entity.Report;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    public List<Report> ofProject(UUID projectId, Report.State state, LocalDate asOf, PageRequest page) {
        Filter filter = filter(projectId, state, asOf);
        return find(
                        filter.where(),
                        Sort.descending("asOf").and("createdAt", Sort.Direction.Descending),
                        filter.parameters())
                .page(page.page, page.size)
                .list();
    }

    public long countOfProject(UUID projectId, Report.State state, LocalDate asOf) {
        Filter filter = filter(projectId, state, asOf);
        return count(filter.where(), filter.parameters());
    }

    /** Approved reports of a project carrying {@code key}, oldest period first: the points of a chart. */
    public List<Report> approvedWith(UUID projectId, String key) {
        return list(
                "select r from Report r where r.projectId = ?1 and r.state = ?2 and key(r.actuals) = ?3"
                        + " order by r.asOf, r.decidedAt",
                projectId,
                Report.State.APPROVED,
                key);
    }

    /** {@code asOf}: only reports that count as of that date, {@link Report#COUNTS_AS_OF} (as the figures do). */
    private static Filter filter(UUID projectId, Report.State state, LocalDate asOf) {
        return new Filter()
                .and("projectId = :project", "project", projectId)
                .and("state = :state", "state", state)
                .and(Report.COUNTS_AS_OF, "asOf", asOf);
    }
}
