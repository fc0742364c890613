package org.civic.progress.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civic.common.persistence.Versioned;

/** A 督办 notice to a project's lead department: OPEN → REPLIED → CLOSED, extended back to OPEN, or ESCALATED. */
@Entity
public class SupervisionNotice extends Versioned {

    public enum Origin {
        AUTOMATIC,
        MANUAL
    }

    public enum State {
        OPEN,
        REPLIED,
        ESCALATED,
        CLOSED
    }

    /*
     * The one overdue rule: a notice is overdue on D when it still waits for the department's reply (OPEN) and its
     * due date is before D. Views (SupervisionNotice.overdueOn) and counts (NoticeRepository) spell it the same way.
     */
    public static final String OVERDUE_ON_SQL = "n.state = 'OPEN' AND n.due_date < :on";

    @Id
    public UUID id;

    public UUID projectId;

    public UUID programmeId;

    public UUID departmentId;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    public String reason;

    @Enumerated(EnumType.STRING)
    public State state;

    public String issuedBy;

    public LocalDate issuedOn;

    public LocalDate dueDate;

    public String measures;

    public String repliedBy;

    public Instant repliedAt;

    public String decisionComment;

    public String decidedBy;

    public LocalDate closedOn;

    public int extensions;

    @ElementCollection
    @CollectionTable(name = "supervision_notice_evidence", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    public List<String> evidenceLinks = new ArrayList<>();

    public boolean overdueOn(LocalDate day) {
        return state == State.OPEN && dueDate.isBefore(day);
    }
}
