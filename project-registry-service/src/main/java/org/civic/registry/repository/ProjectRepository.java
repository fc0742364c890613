package org.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civic.common.persistence.Filter;
import org.civic.common.persistence.Likes;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.registry.entity.Project;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    /** Sort keys clients may use, mapped to columns; a leading '-' sorts descending. */
    public static final Map<String, String> SORTS = Map.of(
            "code", "p.code",
            "title", "p.title",
            "plannedInvestment", "p.planned_investment",
            "plannedStart", "p.planned_start",
            "plannedEnd", "p.planned_end",
            "createdAt", "p.created_at",
            "updatedAt", "p.updated_at");

    /** A page of projects and the number of all matches, from one index lookup: the total rides along each row. */
    public Page<Project> searchPage(ProjectFilter filter, String sortColumn, boolean descending, PageRequest page) {
        Filter where = where(filter);
        Query query = getEntityManager()
                .createNativeQuery(
                        "SELECT p.id, count(*) OVER () FROM project p JOIN programme g ON g.id = p.programme_id WHERE "
                                + where.where() + " ORDER BY " + sortColumn
                                + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST")
                                + ", p.id LIMIT :limit OFFSET :offset",
                        Object[].class);
        where.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter("limit", page.size)
                .setParameter("offset", page.offset())
                .getResultList();
        if (rows.isEmpty()) { // past the last page (or nothing found): the total needs its own count
            return Page.of(List.of(), page, page.offset() == 0 ? 0 : count(filter));
        }
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        return Page.of(byIdsInOrder(ids), page, ((Number) rows.get(0)[1]).longValue());
    }

    public long count(ProjectFilter filter) {
        Filter where = where(filter);
        Query query = getEntityManager()
                .createNativeQuery(
                        "SELECT count(*) FROM project p JOIN programme g ON g.id = p.programme_id WHERE "
                                + where.where(),
                        Long.class);
        where.parameters().forEach(query::setParameter);
        return (Long) query.getSingleResult();
    }

    public List<Project> byIdsInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        return find("id in ?1", ids).stream()
                .sorted(Comparator.comparing(p -> order.get(p.id)))
                .toList();
    }

    public Map<String, Project> byCode(UUID programmeId) {
        return find("programmeId", programmeId).stream().collect(Collectors.toMap(p -> p.code, Function.identity()));
    }

    public Optional<Project> findByCode(UUID programmeId, String code) {
        return find("programmeId = ?1 and code = ?2", programmeId, code).firstResultOptional();
    }

    public String fingerprint(UUID programmeId) {
        Object[] row = getEntityManager()
                .createQuery(
                        "select count(p), coalesce(sum(p.version), 0), max(p.updatedAt)"
                                + " from Project p where p.programmeId = :id",
                        Object[].class)
                .setParameter("id", programmeId)
                .getSingleResult();
        return row[0] + "-" + row[1] + "-" + row[2];
    }

    public List<Project> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 order by code", programmeId);
    }

    private static Filter where(ProjectFilter f) {
        Filter where = new Filter()
                .and("p.programme_id = :programme", "programme", f.programmeId())
                .and("g.year = :year", "year", f.year())
                .and("g.region_code IN (:regions)", "regions", f.regionCodes())
                .and("p.domain_code = :domain", "domain", f.domain())
                .and(
                        "(p.lead_department_id = :department OR EXISTS (SELECT 1 FROM project_co_department c"
                                + " WHERE c.project_id = p.id AND c.department_id = :department))",
                        "department",
                        f.department())
                .and(
                        "EXISTS (SELECT 1 FROM project_district d WHERE d.project_id = p.id AND d.region_code IN (:districts))",
                        "districts",
                        f.districtCodes())
                .and(
                        "p.state = :state",
                        "state",
                        f.state() == null ? null : f.state().name())
                .and("p.id IN (:ids)", "ids", f.ids())
                .and("g.state <> :draft", "draft", f.publishedOnly() ? "DRAFT" : null);
        if (f.q() != null) {
            // The GIN index on p.search finds candidates by character pairs; the LIKE confirms the whole phrase.
            where.and("p.search @> search_query_grams(:q)", "q", f.q())
                    .and(
                            "lower(p.title || ' ' || coalesce(p.title_en, '') || ' ' || coalesce(p.description, '')) LIKE :qlike",
                            "qlike",
                            Likes.contains(f.q()));
        }
        return where;
    }
}
