package org.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civic.common.persistence.Filter;
import org.civic.common.web.PageRequest;
import org.civic.registry.entity.Region;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    public List<Region> list(String parentCode, Region.Level level, PageRequest page) {
        Filter filter = filter(parentCode, level);
        return find(filter.where(), Sort.by("code"), filter.parameters())
                .page(page.page, page.size)
                .list();
    }

    public long count(String parentCode, Region.Level level) {
        Filter filter = filter(parentCode, level);
        return count(filter.where(), filter.parameters());
    }

    /** The codes of a region and of every region below it. */
    @SuppressWarnings("unchecked")
    public List<String> selfAndDescendants(String code) {
        return getEntityManager()
                .createNativeQuery("""
                WITH RECURSIVE tree(code) AS (
                    SELECT code FROM region WHERE code = :code
                    UNION ALL
                    SELECT r.code FROM region r JOIN tree t ON r.parent_code = t.code)
                SELECT code FROM tree""")
                .setParameter("code", code)
                .getResultList();
    }

    public Set<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return find("code in ?1", codes).stream().map(r -> r.code).collect(Collectors.toSet());
    }

    private static Filter filter(String parentCode, Region.Level level) {
        return new Filter().and("parentCode = :parent", "parent", parentCode).and("level = :level", "level", level);
    }
}
