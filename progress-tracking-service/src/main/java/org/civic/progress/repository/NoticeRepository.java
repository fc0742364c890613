package org.civic.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.common.web.PageRequest;
import org.civic.progress.entity.SupervisionNotice;

@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<SupervisionNotice, UUID> {

    /** How many notices of a programme were unresolved, and how many of those overdue, on a day. */
    public record Counts(int open, int overdue) {}

    public List<SupervisionNotice> ofProject(UUID projectId) {
        return list("projectId = ?1 order by issuedOn desc, createdAt desc", projectId);
    }

    public boolean hasUnresolvedAutomatic(UUID projectId) {
        return count(
                        "projectId = ?1 and origin = ?2 and state <> ?3",
                        projectId,
                        SupervisionNotice.Origin.AUTOMATIC,
                        SupervisionNotice.State.CLOSED)
                > 0;
    }

    /** The notices of a programme (or all), of a state, overdue or not today, newest first. */
    public List<SupervisionNotice> search(
            UUID programmeId, SupervisionNotice.State state, Boolean overdue, LocalDate today, PageRequest page) {
        Query query = query(programmeId, state, overdue, today);
        return find(query.where() + " order by issuedOn desc, createdAt desc", query.parameters())
                .page(page.page, page.size)
                .list();
    }

    public long countSearch(UUID programmeId, SupervisionNotice.State state, Boolean overdue, LocalDate today) {
        Query query = query(programmeId, state, overdue, today);
        return count(query.where(), query.parameters());
    }

    private record Query(String where, Parameters parameters) {}

    private static Query query(UUID programmeId, SupervisionNotice.State state, Boolean overdue, LocalDate today) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (programmeId != null) {
            where.append(" and programmeId = :programme");
            parameters.and("programme", programmeId);
        }
        if (state != null) {
            where.append(" and state = :state");
            parameters.and("state", state);
        }
        if (overdue != null) {
            where.append(
                    overdue ? " and state = :open and dueDate < :today" : " and (state <> :open or dueDate >= :today)");
            parameters.and("open", SupervisionNotice.State.OPEN).and("today", today);
        }
        return new Query(where.toString(), parameters);
    }

    /**
     * A programme's notices as they stand now, counted for a day: issued by then and not closed by then are open;
     * of those, the ones waiting for a reply past their due date are overdue ({@link SupervisionNotice#OVERDUE_ON_SQL}).
     */
    public Counts counts(UUID programmeId, LocalDate on) {
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("SELECT count(*), count(*) FILTER (WHERE " + SupervisionNotice.OVERDUE_ON_SQL
                        + ") FROM supervision_notice n WHERE n.programme_id = :programme AND n.issued_on <= :on"
                        + " AND (n.closed_on IS NULL OR n.closed_on > :on)")
                .setParameter("programme", programmeId)
                .setParameter("on", on)
                .getSingleResult();
        return new Counts(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }
}
