package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.civic.benefits.entity.OfflineUse;

@ApplicationScoped
public class OfflineUseRepository implements PanacheRepositoryBase<OfflineUse, UUID> {

    public Optional<OfflineUse> find(String validator, String localId) {
        return find("validator = ?1 and localId = ?2", validator, localId).firstResultOptional();
    }
}
