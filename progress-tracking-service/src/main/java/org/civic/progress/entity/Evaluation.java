package org.civic.progress.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A 满意度测评 as recorded: the deputies' tallies per project and the grade the rule version in force gave each. */
@Entity
public class Evaluation {

    @Id
    public UUID id;

    public UUID programmeId;

    public LocalDate heldOn;

    public int members;

    public int present;

    public UUID ruleId;

    public boolean illustrative;

    public String note;

    public String createdBy;

    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "evaluation_tally", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    public List<Tally> tallies = new ArrayList<>();

    @Embeddable
    public static class Tally {
        public UUID projectId;
        public int satisfied;
        public int basicallySatisfied;
        public int dissatisfied;
        public int abstained;
        public String grade;
    }
}
