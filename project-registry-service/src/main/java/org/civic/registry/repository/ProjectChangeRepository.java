package org.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.ProjectChange;

@ApplicationScoped
public class ProjectChangeRepository implements PanacheRepository<ProjectChange> {

    public List<ProjectChange> history(UUID projectId) {
        return list("projectId = ?1 order by changedAt, id", projectId);
    }
}
