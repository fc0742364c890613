package org.civic.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civic.progress.entity.Milestone;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    public List<Milestone> ofProject(UUID projectId) {
        return list("projectId = ?1 order by plannedDate nulls last, code", projectId);
    }

    public List<Milestone> ofProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of() : list("projectId in ?1", projectIds);
    }

    public Optional<Milestone> find(UUID projectId, String code) {
        return find("projectId = ?1 and code = ?2", projectId, code).firstResultOptional();
    }
}
