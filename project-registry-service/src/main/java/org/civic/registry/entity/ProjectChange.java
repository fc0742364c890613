package org.civic.registry.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One changed field of a project: who, when, old, new and why. Rows are only ever appended. */
@Entity
public class ProjectChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID projectId;

    public Instant changedAt;

    public String changedBy;

    public String field;

    public String oldValue;

    public String newValue;

    public String reason;
}
