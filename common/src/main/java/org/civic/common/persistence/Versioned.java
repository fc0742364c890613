package org.civic.common.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every changeable resource keeps: its optimistic-lock version (the ETag and If-Match of the API, see
 * common/web/ETags) and when it was created and last changed.
 */
@MappedSuperclass
public abstract class Versioned {

    @Version
    public long version;

    public Instant createdAt;

    public Instant updatedAt;
}
