package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.civic.benefits.entity.Pass;

@ApplicationScoped
public class PassRepository implements PanacheRepositoryBase<Pass, UUID> {

    /** Passes revoked after {@code since} (every one when null) that are still unexpired at {@code now}. */
    public List<Pass> revokedSince(Instant since, Instant now) {
        return since == null
                ? list("status = ?1 and expiresAt > ?2 order by revokedAt", Pass.Status.REVOKED, now)
                : list(
                        "status = ?1 and expiresAt > ?2 and revokedAt > ?3 order by revokedAt",
                        Pass.Status.REVOKED,
                        now,
                        since);
    }
}
