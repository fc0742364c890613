package org.civic.gateway.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A third-party app. Its key is never stored, only the key's SHA-256. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    public UUID id;

    public String name;

    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "key_prefix")
    public String keyPrefix;

    /** Space-separated, e.g. "public:read benefits:verify". */
    public String scopes;

    @Column(name = "rate_per_minute")
    public int ratePerMinute;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public Set<String> scopeSet() {
        return Set.of(scopes.trim().split("\\s+"));
    }
}
