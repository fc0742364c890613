package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civic.benefits.entity.BenefitProgramme;
import org.civic.common.persistence.Filter;
import org.civic.common.web.PageRequest;

@ApplicationScoped
public class BenefitProgrammeRepository implements PanacheRepositoryBase<BenefitProgramme, UUID> {

    public Optional<BenefitProgramme> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Programmes whose region starts with {@code regionPrefix} and, given a date, are in force on it. */
    public List<BenefitProgramme> list(String regionPrefix, LocalDate inForceOn, PageRequest page) {
        Filter filter = filter(regionPrefix, inForceOn);
        return find(filter.where(), Sort.by("code"), filter.parameters())
                .page(page.page, page.size)
                .list();
    }

    public long count(String regionPrefix, LocalDate inForceOn) {
        Filter filter = filter(regionPrefix, inForceOn);
        return count(filter.where(), filter.parameters());
    }

    /** Programmes in force on {@code date} (only {@code code} when given) with their benefits, in one query. */
    public List<BenefitProgramme> inForceWithBenefits(LocalDate date, String code) {
        var query = getEntityManager()
                .createQuery(
                        "select distinct p from BenefitProgramme p left join fetch p.benefits"
                                + " where p.effectiveFrom <= :date and (p.effectiveTo is null or p.effectiveTo >= :date)"
                                + (code == null ? "" : " and p.code = :code") + " order by p.code",
                        BenefitProgramme.class)
                .setParameter("date", date);
        if (code != null) {
            query.setParameter("code", code);
        }
        return query.getResultList();
    }

    private static Filter filter(String regionPrefix, LocalDate inForceOn) {
        Filter filter =
                new Filter().and("regionCode like :region", "region", regionPrefix == null ? null : regionPrefix + "%");
        if (inForceOn != null) {
            filter.and("effectiveFrom <= :date and (effectiveTo is null or effectiveTo >= :date)", "date", inForceOn);
        }
        return filter;
    }
}
