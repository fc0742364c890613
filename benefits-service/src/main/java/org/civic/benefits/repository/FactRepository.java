package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.benefits.entity.Fact;
import org.civic.benefits.rules.FactType;
import org.civic.benefits.rules.Facts;

@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<Fact, UUID> {

    public List<Fact> ofCitizen(UUID citizenId) {
        return list("citizenId = ?1 order by type, validFrom nulls first, recordedAt", citizenId);
    }

    /** The facts of many citizens at once, as the rule evaluator reads them, without loading entities. */
    public Map<UUID, List<Facts.Recorded>> recordedOf(Collection<UUID> citizenIds) {
        Map<UUID, List<Facts.Recorded>> facts = new HashMap<>();
        if (citizenIds.isEmpty()) {
            return facts;
        }
        getEntityManager()
                .createQuery("""
                        select f.citizenId, f.type, f.value, f.validFrom, f.validUntil, f.recordedAt
                        from Fact f where f.citizenId in :ids""", Object[].class)
                .setParameter("ids", citizenIds)
                .getResultList()
                .forEach(row -> FactType.ofJson((String) row[1])
                        .ifPresent(type -> facts.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                                .add(new Facts.Recorded(
                                        type, (String) row[2], (LocalDate) row[3], (LocalDate) row[4], (Instant)
                                                row[5]))));
        return facts;
    }
}
