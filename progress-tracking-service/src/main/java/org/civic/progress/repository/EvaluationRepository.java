package org.civic.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civic.progress.entity.Evaluation;
import org.civic.progress.entity.EvaluationRule;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

    public List<Evaluation> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 order by heldOn desc, createdAt desc", programmeId);
    }

    /** The newest version of a rule in force on a day. */
    public Optional<EvaluationRule> ruleInForce(String code, LocalDate on) {
        return getEntityManager()
                .createQuery(
                        "from EvaluationRule where code = :code and effectiveFrom <= :on order by version desc",
                        EvaluationRule.class)
                .setParameter("code", code)
                .setParameter("on", on)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public EvaluationRule rule(UUID id) {
        return getEntityManager().find(EvaluationRule.class, id);
    }
}
