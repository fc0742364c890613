package org.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.SubItem;

@ApplicationScoped
public class SubItemRepository implements PanacheRepositoryBase<SubItem, UUID> {

    public List<SubItem> ofProject(UUID projectId) {
        return list("projectId", Sort.by("code"), projectId);
    }
}
