package org.civic.registry.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Entity
public class Programme {

    @Schema(name = "ProgrammeState", description = "DRAFT (staff only) → PUBLISHED → CLOSED, never back")
    public enum State { DRAFT, PUBLISHED, CLOSED }

    @Embeddable
    public static class Domain {
        public String code;
        public String name;

        public Domain() {
        }

        public Domain(String code, String name) {
            this.code = code;
            this.name = name;
        }
    }

    @Id
    public UUID id;

    @Column(name = "region_code")
    public String regionCode;

    public int year;

    public String title;

    @Column(name = "approval_basis")
    public String approvalBasis;

    @Column(name = "approval_date")
    public LocalDate approvalDate;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "planned_total_investment")
    public BigDecimal plannedTotalInvestment;

    @Column(name = "planned_project_count")
    public Integer plannedProjectCount;

    @Column(name = "source_note")
    public String sourceNote;

    @ElementCollection
    @CollectionTable(name = "programme_domain", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    public List<Domain> domains = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean hasDomain(String code) {
        return domains.stream().anyMatch(d -> d.code.equals(code));
    }
}
