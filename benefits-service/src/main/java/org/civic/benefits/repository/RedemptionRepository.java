package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civic.benefits.entity.Redemption;
import org.civic.common.web.PageRequest;

/**
 * Redemptions and their quota counters. A limited use is counted under a row lock on the counter of
 * (citizen, benefit, period), so concurrent requests for the same quota are decided one after the other.
 */
@ApplicationScoped
public class RedemptionRepository implements PanacheRepositoryBase<Redemption, UUID> {

    public List<Redemption> ofCitizen(UUID citizenId, PageRequest page) {
        return find("citizenId = ?1 order by occurredAt desc, id", citizenId)
                .page(page.page, page.size)
                .list();
    }

    public long countOf(UUID citizenId) {
        return count("citizenId", citizenId);
    }

    /**
     * Locks the counter of the citizen's uses of a benefit in a period, creating it at 0, and returns the
     * uses so far. The lock holds until the transaction ends.
     */
    public int lockUses(UUID citizenId, UUID benefitId, String periodKey) {
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO quota_counter (citizen_id, benefit_id, period_key, used)
                        VALUES (:citizen, :benefit, :period, 0) ON CONFLICT DO NOTHING""")
                .setParameter("citizen", citizenId)
                .setParameter("benefit", benefitId)
                .setParameter("period", periodKey)
                .executeUpdate();
        return ((Number) getEntityManager()
                        .createNativeQuery("""
                        SELECT used FROM quota_counter
                        WHERE citizen_id = :citizen AND benefit_id = :benefit AND period_key = :period FOR UPDATE""")
                        .setParameter("citizen", citizenId)
                        .setParameter("benefit", benefitId)
                        .setParameter("period", periodKey)
                        .getSingleResult())
                .intValue();
    }

    /** Counts one more use on a counter locked by {@link #lockUses}. */
    public void countUse(UUID citizenId, UUID benefitId, String periodKey) {
        getEntityManager()
                .createNativeQuery("""
                        UPDATE quota_counter SET used = used + 1
                        WHERE citizen_id = :citizen AND benefit_id = :benefit AND period_key = :period""")
                .setParameter("citizen", citizenId)
                .setParameter("benefit", benefitId)
                .setParameter("period", periodKey)
                .executeUpdate();
    }

    /** Uses per benefit in the given periods, without locking (for answers about remaining quota). */
    public Map<UUID, Integer> uses(UUID citizenId, Map<UUID, String> periodKeyByBenefit) {
        Map<UUID, Integer> uses = new HashMap<>();
        if (periodKeyByBenefit.isEmpty()) {
            return uses;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("""
                        SELECT benefit_id, period_key, used FROM quota_counter
                        WHERE citizen_id = :citizen AND benefit_id IN (:benefits)""")
                .setParameter("citizen", citizenId)
                .setParameter("benefits", periodKeyByBenefit.keySet())
                .getResultList();
        for (Object[] row : rows) {
            UUID benefitId = (UUID) row[0];
            if (row[1].equals(periodKeyByBenefit.get(benefitId))) {
                uses.put(benefitId, ((Number) row[2]).intValue());
            }
        }
        return uses;
    }

    public Optional<Redemption> latestInPeriod(UUID citizenId, UUID benefitId, String periodKey) {
        return find(
                        "citizenId = ?1 and benefitId = ?2 and periodKey = ?3 order by occurredAt desc",
                        citizenId,
                        benefitId,
                        periodKey)
                .firstResultOptional();
    }
}
