package org.civic.progress.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
public class Milestone {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "programme_id")
    public UUID programmeId;

    public String code;

    public String name;

    @Column(name = "planned_date")
    public LocalDate plannedDate;

    @Column(name = "actual_date")
    public LocalDate actualDate;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Met on or before {@code asOf}: the actual date is known and not later. */
    public boolean metBy(LocalDate asOf) {
        return actualDate != null && !actualDate.isAfter(asOf);
    }

    /** Missed as of {@code asOf}: its planned date has passed without being met. */
    public boolean missedBy(LocalDate asOf) {
        return plannedDate != null && plannedDate.isBefore(asOf) && !metBy(asOf);
    }
}
