package org.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.common.persistence.Filter;
import org.civic.common.web.PageRequest;
import org.civic.registry.entity.Programme;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    public List<Programme> list(
            List<String> regionCodes, Integer year, Programme.State state, boolean publishedOnly, PageRequest page) {
        Filter filter = filter(regionCodes, year, state, publishedOnly);
        return find(filter.where(), Sort.descending("year").and("regionCode").and("id"), filter.parameters())
                .page(page.page, page.size)
                .list();
    }

    public long count(List<String> regionCodes, Integer year, Programme.State state, boolean publishedOnly) {
        Filter filter = filter(regionCodes, year, state, publishedOnly);
        return count(filter.where(), filter.parameters());
    }

    /** Number of projects per programme, one query for a whole page of programmes. */
    public Map<UUID, Long> projectCounts(Collection<UUID> programmeIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (programmeIds.isEmpty()) {
            return counts;
        }
        getEntityManager()
                .createQuery(
                        "select p.programmeId, count(p) from Project p where p.programmeId in :ids group by p.programmeId",
                        Object[].class)
                .setParameter("ids", programmeIds)
                .getResultList()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }

    /** Whether any project of the programme uses the domain. */
    public boolean domainInUse(UUID programmeId, String domainCode) {
        return getEntityManager()
                        .createQuery(
                                "select count(p) from Project p where p.programmeId = :id and p.domainCode = :domain",
                                Long.class)
                        .setParameter("id", programmeId)
                        .setParameter("domain", domainCode)
                        .getSingleResult()
                > 0;
    }

    private static Filter filter(List<String> regionCodes, Integer year, Programme.State state, boolean publishedOnly) {
        return new Filter()
                .and("regionCode in :regions", "regions", regionCodes)
                .and("year = :year", "year", year)
                .and("state = :state", "state", state)
                .and("state <> :draft", "draft", publishedOnly ? Programme.State.DRAFT : null);
    }
}
