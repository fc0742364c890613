package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.civic.benefits.entity.AccessLogEntry;
import org.civic.common.web.PageRequest;

@ApplicationScoped
public class AccessLogRepository implements PanacheRepository<AccessLogEntry> {

    public List<AccessLogEntry> ofCitizen(UUID citizenId, PageRequest page) {
        return find("citizenId = ?1 order by accessedAt desc, id desc", citizenId)
                .page(page.page, page.size)
                .list();
    }

    public long countOf(UUID citizenId) {
        return count("citizenId", citizenId);
    }

    /** One row per citizen in a single statement (a page of batch eligibility). */
    public void appendAll(
            Collection<UUID> citizenIds,
            AccessLogEntry.Action action,
            String actor,
            String purpose,
            String requestId,
            Instant at) {
        if (citizenIds.isEmpty()) {
            return;
        }
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO access_log (citizen_id, accessed_at, actor, purpose, action, request_id)
                        SELECT id, :at, :actor, :purpose, :action, CAST(:requestId AS varchar) FROM unnest(:ids) AS id""")
                .setParameter("ids", citizenIds.toArray(UUID[]::new))
                .setParameter("at", at)
                .setParameter("actor", actor)
                .setParameter("purpose", purpose)
                .setParameter("action", action.name())
                .setParameter("requestId", requestId)
                .executeUpdate();
    }
}
