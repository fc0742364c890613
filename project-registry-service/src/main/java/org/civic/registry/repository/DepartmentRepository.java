package org.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civic.common.persistence.Filter;
import org.civic.common.persistence.Likes;
import org.civic.common.web.PageRequest;
import org.civic.registry.entity.Department;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepositoryBase<Department, UUID> {

    public List<Department> list(List<String> regionCodes, String q, PageRequest page) {
        Filter filter = filter(regionCodes, q);
        return find(filter.where(), Sort.by("code"), filter.parameters())
                .page(page.page, page.size)
                .list();
    }

    public long count(List<String> regionCodes, String q) {
        Filter filter = filter(regionCodes, q);
        return count(filter.where(), filter.parameters());
    }

    public Optional<Department> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Map<UUID, Department> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return find("id in ?1", ids).stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
    }

    public Map<String, Department> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return find("code in ?1", codes).stream().collect(Collectors.toMap(d -> d.code, Function.identity()));
    }

    private static Filter filter(List<String> regionCodes, String q) {
        return new Filter()
                .and("regionCode in :regions", "regions", regionCodes)
                .and("(lower(name) like :q or lower(code) like :q)", "q", q == null ? null : Likes.contains(q));
    }
}
