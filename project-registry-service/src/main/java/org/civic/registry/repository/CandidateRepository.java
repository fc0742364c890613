package org.civic.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civic.registry.entity.Candidate;

@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

    public List<Candidate> ofProgramme(UUID programmeId) {
        return list("programmeId", Sort.by("code"), programmeId);
    }

    public Optional<Candidate> findByCode(UUID programmeId, String code) {
        return find("programmeId = ?1 and code = ?2", programmeId, code).firstResultOptional();
    }
}
