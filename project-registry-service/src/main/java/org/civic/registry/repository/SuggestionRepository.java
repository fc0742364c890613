package org.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.common.persistence.Filter;
import org.civic.common.web.PageRequest;
import org.civic.registry.entity.Suggestion;

@ApplicationScoped
public class SuggestionRepository implements PanacheRepositoryBase<Suggestion, UUID> {

    public List<Suggestion> list(String regionCode, Integer year, Suggestion.Status status, PageRequest page) {
        Filter filter = filter(regionCode, year, status);
        return find(filter.where(), Sort.descending("createdAt").and("id"), filter.parameters())
                .page(page.page, page.size)
                .list();
    }

    public long count(String regionCode, Integer year, Suggestion.Status status) {
        Filter filter = filter(regionCode, year, status);
        return count(filter.where(), filter.parameters());
    }

    private static Filter filter(String regionCode, Integer year, Suggestion.Status status) {
        return new Filter()
                .and("regionCode = :region", "region", regionCode)
                .and("year = :year", "year", year)
                .and("status = :status", "status", status);
    }

    public Map<Suggestion.Status, Long> countsByStatus(String regionCode, int year) {
        Map<Suggestion.Status, Long> counts = new EnumMap<>(Suggestion.Status.class);
        for (Suggestion.Status status : Suggestion.Status.values()) {
            counts.put(status, 0L);
        }
        getEntityManager()
                .createQuery(
                        "select s.status, count(s) from Suggestion s where s.regionCode = :region and s.year = :year"
                                + " group by s.status",
                        Object[].class)
                .setParameter("region", regionCode)
                .setParameter("year", year)
                .getResultList()
                .forEach(row -> counts.put((Suggestion.Status) row[0], (Long) row[1]));
        return counts;
    }

    /** The creation times of one client's suggestions with this text digest since {@code since}, oldest first. */
    public List<Instant> sameTextSince(String submittedBy, byte[] textDigest, Instant since) {
        return getEntityManager()
                .createQuery(
                        "select s.createdAt from Suggestion s where s.submittedBy = :by and s.textDigest = :digest"
                                + " and s.createdAt > :since order by s.createdAt",
                        Instant.class)
                .setParameter("by", submittedBy)
                .setParameter("digest", textDigest)
                .setParameter("since", since)
                .getResultList();
    }

    /** Serialises submissions of one client and text, so that concurrent duplicates are counted one after another. */
    public void lockSubmissions(String submittedBy, byte[] textDigest) {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 17))")
                .setParameter("key", submittedBy + "/" + HexFormat.of().formatHex(textDigest))
                .getSingleResult();
    }

    public List<Suggestion> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", Sort.by("createdAt").and("id"), ids);
    }
}
