package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civic.benefits.entity.Benefit;

@ApplicationScoped
public class BenefitRepository implements PanacheRepositoryBase<Benefit, UUID> {

    /** The benefit with its programme. */
    public Optional<Benefit> findByCode(String code) {
        return find("from Benefit b join fetch b.programme where b.code = ?1", code)
                .firstResultOptional();
    }

    public List<Benefit> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("from Benefit b join fetch b.programme where b.code in ?1", codes);
    }

    /** Benefits with one of {@code codes} that belong to another programme. */
    public List<Benefit> takenElsewhere(Collection<String> codes, UUID programmeId) {
        return codes.isEmpty()
                ? List.of()
                : list("from Benefit b join fetch b.programme p where b.code in ?1 and p.id <> ?2", codes, programmeId);
    }

    public boolean used(UUID benefitId) {
        return getEntityManager()
                        .createQuery("select count(r) from Redemption r where r.benefitId = ?1", Long.class)
                        .setParameter(1, benefitId)
                        .getSingleResult()
                > 0;
    }

    public Map<UUID, String> codesById(Collection<UUID> benefitIds) {
        Map<UUID, String> codes = new HashMap<>();
        if (!benefitIds.isEmpty()) {
            getEntityManager()
                    .createQuery("select b.id, b.code from Benefit b where b.id in :ids", Object[].class)
                    .setParameter("ids", benefitIds)
                    .getResultList()
                    .forEach(row -> codes.put((UUID) row[0], (String) row[1]));
        }
        return codes;
    }
}
