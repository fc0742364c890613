package org.civic.gateway.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A third-party app. Its key is never stored, only the key's SHA-256. */
@Entity
public class ApiClient {

    @Id
    public UUID id;

    public String name;

    public String keyHash;

    public String keyPrefix;

    /** Space-separated, e.g. "public:read benefits:verify". */
    public String scopes;

    public int ratePerMinute;

    public Instant createdAt;

    public String createdBy;

    public Instant revokedAt;

    public Set<String> scopeSet() {
        return Set.of(scopes.trim().split("\\s+"));
    }
}
