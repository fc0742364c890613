package org.civic.benefits.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civic.benefits.entity.PassSigningKey;

@ApplicationScoped
public class PassSigningKeyRepository implements PanacheRepositoryBase<PassSigningKey, UUID> {

    /** The key that signs now: the newest not being retired. */
    public Optional<PassSigningKey> signing() {
        return find("retireAfter is null order by createdAt desc").firstResultOptional();
    }

    /** The keys a validator must know at {@code now}: the signing key and those whose passes may still be live. */
    public List<PassSigningKey> published(Instant now) {
        return list("retireAfter is null or retireAfter > ?1 order by createdAt desc", now);
    }

    /** Serialises key creation and rotation across replicas, until the transaction ends. */
    public void lockKeys() {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('pass_signing_key'))")
                .getSingleResult();
    }
}
