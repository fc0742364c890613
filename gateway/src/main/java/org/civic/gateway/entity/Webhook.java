package org.civic.gateway.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An API client's subscription: where to POST which changes, signed with {@code secret}. */
@Entity
public class Webhook {

    @Id
    public UUID id;

    public UUID clientId;

    public String url;

    /** Space-separated event types or prefixes, e.g. "project.* report.approved". */
    public String events;

    public String secret;

    public Instant createdAt;

    public List<String> eventList() {
        return List.of(events.trim().split("\\s+"));
    }

    /** Whether a change of {@code type} is one this webhook asked for: its type, or a prefix ending in ".*". */
    public boolean wants(String type) {
        return eventList().stream()
                .anyMatch(wanted -> wanted.endsWith(".*")
                        ? type.startsWith(wanted.substring(0, wanted.length() - 1))
                        : wanted.equals(type));
    }
}
