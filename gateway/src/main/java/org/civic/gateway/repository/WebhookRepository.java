package org.civic.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civic.gateway.entity.Webhook;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    /** One client's webhook: another client's is as unknown as one that never existed. */
    public Optional<Webhook> ofClient(UUID id, UUID clientId) {
        return find("id = ?1 and clientId = ?2", id, clientId).firstResultOptional();
    }

    public List<Webhook> ofClient(UUID clientId) {
        return list("clientId = ?1 order by createdAt", clientId);
    }

    /** The webhooks of clients whose key still works. */
    public List<Webhook> active() {
        return list("clientId in (select c.id from ApiClient c where c.revokedAt is null)");
    }
}
