package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civic.benefits.entity.Sanction;

@ApplicationScoped
public class SanctionRepository implements PanacheRepositoryBase<Sanction, UUID> {

    /** The same test as {@link Sanction#inForceOn}, in JPQL, for {@code :day}. */
    private static final String IN_FORCE = "s.effectiveFrom <= :day and (s.outcome = 'REVOKED' or s.suspendedUntil >= "
            + ":day) and (s.liftedOn is null or s.liftedOn > :day)";

    public List<Sanction> ofCitizen(UUID citizenId) {
        return list("citizenId = ?1 order by recordedAt", citizenId);
    }

    public long offences(UUID citizenId, UUID programmeId) {
        return count("citizenId = ?1 and programmeId = ?2", citizenId, programmeId);
    }

    /** The citizen's sanctions in force on the day, by programme (a revocation before a suspension). */
    public Map<UUID, Sanction> inForce(UUID citizenId, LocalDate day) {
        return getEntityManager()
                .createQuery("select s from Sanction s where s.citizenId = :citizen and " + IN_FORCE, Sanction.class)
                .setParameter("citizen", citizenId)
                .setParameter("day", day)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(
                        s -> s.programmeId, s -> s, (a, b) -> a.outcome == Sanction.Outcome.REVOKED ? a : b));
    }

    /** Of the given citizens, those whose benefits of the programme are withheld on the day. */
    public Set<UUID> sanctionedAmong(UUID programmeId, Collection<UUID> citizenIds, LocalDate day) {
        if (citizenIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery(
                        "select distinct s.citizenId from Sanction s where s.programmeId = :programme and "
                                + "s.citizenId in :ids and " + IN_FORCE,
                        UUID.class)
                .setParameter("programme", programmeId)
                .setParameter("ids", citizenIds)
                .setParameter("day", day)
                .getResultList());
    }
}
