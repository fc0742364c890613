package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.civic.benefits.entity.Pass;

@ApplicationScoped
public class PassRepository implements PanacheRepositoryBase<Pass, UUID> {}
