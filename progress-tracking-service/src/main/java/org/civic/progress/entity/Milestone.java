package org.civic.progress.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;
import org.civic.common.persistence.Versioned;

@Entity
public class Milestone extends Versioned {

    @Id
    public UUID id;

    public UUID projectId;

    public UUID programmeId;

    public String code;

    public String name;

    public LocalDate plannedDate;

    public LocalDate actualDate;

    /** Met on or before {@code asOf}: the actual date is known and not later. */
    public boolean metBy(LocalDate asOf) {
        return actualDate != null && !actualDate.isAfter(asOf);
    }

    /** Missed as of {@code asOf}: its planned date has passed without being met. */
    public boolean missedBy(LocalDate asOf) {
        return plannedDate != null && plannedDate.isBefore(asOf) && !metBy(asOf);
    }
}
