package org.civic.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.civic.progress.entity.Snapshot;

@ApplicationScoped
public class SnapshotRepository implements PanacheRepositoryBase<Snapshot, UUID> {

    public List<Snapshot> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 order by asOf desc, publishedAt desc", programmeId);
    }
}
