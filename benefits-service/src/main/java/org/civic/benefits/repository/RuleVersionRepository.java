package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.civic.benefits.entity.RuleVersion;

@ApplicationScoped
public class RuleVersionRepository implements PanacheRepositoryBase<RuleVersion, UUID> {

    /** The dates of a rule version, without its criteria. */
    public record Period(UUID id, UUID programmeId, int number, LocalDate effectiveFrom, LocalDate effectiveTo) {}

    public List<RuleVersion> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 order by number", programmeId);
    }

    public int lastNumber(UUID programmeId) {
        Integer last = getEntityManager()
                .createQuery("select max(v.number) from RuleVersion v where v.programmeId = ?1", Integer.class)
                .setParameter(1, programmeId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    public boolean startsOn(UUID programmeId, LocalDate effectiveFrom) {
        return count("programmeId = ?1 and effectiveFrom = ?2", programmeId, effectiveFrom) > 0;
    }

    /** For each programme, the version that started last on or before {@code date} (it may have ended since). */
    public List<Period> latestStartedBy(Collection<UUID> programmeIds, LocalDate date) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("""
                        select v.id, v.programmeId, v.number, v.effectiveFrom, v.effectiveTo
                        from RuleVersion v
                        where v.programmeId in :programmes and v.effectiveFrom = (
                            select max(w.effectiveFrom) from RuleVersion w
                            where w.programmeId = v.programmeId and w.effectiveFrom <= :date)""", Period.class)
                .setParameter("programmes", programmeIds)
                .setParameter("date", date)
                .getResultList();
    }
}
