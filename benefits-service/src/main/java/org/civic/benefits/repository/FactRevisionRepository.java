package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civic.benefits.entity.Fact;
import org.civic.benefits.entity.FactRevision;
import org.civic.benefits.rules.FactType;
import org.civic.benefits.rules.Facts;

@ApplicationScoped
public class FactRevisionRepository implements PanacheRepositoryBase<FactRevision, UUID> {

    /** Appends the fact's current state as its newest revision and closes the one before it at the same instant. */
    public FactRevision append(Fact fact, FactRevision.Change change, Instant at, String actor, String reason) {
        Optional<FactRevision> previous = current(fact.id);
        previous.ifPresent(revision -> revision.knownUntil = at);
        FactRevision revision = new FactRevision();
        revision.id = UUID.randomUUID();
        revision.factId = fact.id;
        revision.revision = previous.map(p -> p.revision + 1).orElse(1);
        revision.citizenId = fact.citizenId;
        revision.change = change;
        revision.type = fact.type;
        revision.value = fact.value;
        revision.source = fact.source;
        revision.validFrom = fact.validFrom;
        revision.validUntil = fact.validUntil;
        revision.knownFrom = at;
        revision.changedBy = actor;
        revision.reason = reason;
        persist(revision);
        return revision;
    }

    public List<FactRevision> ofFact(UUID factId) {
        return list("factId = ?1 order by revision", factId);
    }

    /**
     * The citizen's facts as the office held them at {@code knownAt}: each fact's revision current then (facts
     * recorded later are absent), ordered for ties as the current facts are, by the fact's first recording.
     */
    public List<Facts.Recorded> knownAt(UUID citizenId, Instant knownAt) {
        return getEntityManager()
                .createQuery("""
                        select r.type, r.value, r.validFrom, r.validUntil, f.recordedAt
                        from FactRevision r, Fact f
                        where f.id = r.factId and r.citizenId = :citizen and r.knownFrom <= :at
                          and (r.knownUntil is null or r.knownUntil > :at)""", Object[].class)
                .setParameter("citizen", citizenId)
                .setParameter("at", knownAt)
                .getResultList()
                .stream()
                .flatMap(row -> FactType.ofJson((String) row[0])
                        .map(type -> new Facts.Recorded(
                                type, (String) row[1], (LocalDate) row[2], (LocalDate) row[3], (Instant) row[4]))
                        .stream())
                .toList();
    }

    private Optional<FactRevision> current(UUID factId) {
        return find("factId = ?1 and knownUntil is null", factId).firstResultOptional();
    }
}
