package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.civic.benefits.entity.Citizen;

@ApplicationScoped
public class CitizenRepository implements PanacheRepositoryBase<Citizen, UUID> {

    public Optional<Citizen> findByNationalIdLookup(byte[] lookup) {
        return find("nationalIdLookup", lookup).firstResultOptional();
    }
}
