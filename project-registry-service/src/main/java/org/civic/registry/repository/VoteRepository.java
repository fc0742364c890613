package org.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civic.registry.entity.Vote;

@ApplicationScoped
public class VoteRepository implements PanacheRepositoryBase<Vote, UUID> {

    public List<Vote> ofProgramme(UUID programmeId) {
        return list("programmeId", Sort.by("createdAt").and("id"), programmeId);
    }

    /** The programme's vote that nothing has superseded (at most one). */
    public Optional<Vote> current(UUID programmeId) {
        return find("programmeId = ?1 and state <> ?2", programmeId, Vote.State.SUPERSEDED)
                .firstResultOptional();
    }

    /** The confirmed vote (at most one is current), which a project's lineage names. */
    public Optional<Vote> confirmed(UUID programmeId) {
        return find("programmeId = ?1 and state = ?2", programmeId, Vote.State.CONFIRMED)
                .firstResultOptional();
    }
}
