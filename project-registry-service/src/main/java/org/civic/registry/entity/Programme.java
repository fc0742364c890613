package org.civic.registry.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civic.common.persistence.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Entity
public class Programme extends Versioned {

    @Schema(name = "ProgrammeState", description = "DRAFT (staff only) → PUBLISHED → CLOSED, never back")
    public enum State {
        DRAFT,
        PUBLISHED,
        CLOSED
    }

    @Embeddable
    public static class Domain {
        public String code;
        public String name;

        public Domain() {}

        public Domain(String code, String name) {
            this.code = code;
            this.name = name;
        }
    }

    @Id
    public UUID id;

    public String regionCode;

    public int year;

    public String title;

    public String approvalBasis;

    public LocalDate approvalDate;

    @Enumerated(EnumType.STRING)
    public State state;

    public BigDecimal plannedTotalInvestment;

    public Integer plannedProjectCount;

    public String sourceNote;

    @ElementCollection
    @CollectionTable(name = "programme_domain", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    public List<Domain> domains = new ArrayList<>();

    public boolean hasDomain(String code) {
        return domains.stream().anyMatch(d -> d.code.equals(code));
    }
}
