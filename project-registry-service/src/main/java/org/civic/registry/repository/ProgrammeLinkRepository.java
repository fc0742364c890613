package org.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.ProgrammeLink;

@ApplicationScoped
public class ProgrammeLinkRepository implements PanacheRepositoryBase<ProgrammeLink, ProgrammeLink.Key> {

    public List<ProgrammeLink> ofProgramme(UUID programmeId) {
        return list("key.programmeId = ?1 order by linkedAt, key.projectId", programmeId);
    }

    public List<ProgrammeLink> ofProject(UUID projectId) {
        return list("key.projectId = ?1 order by linkedAt", projectId);
    }
}
