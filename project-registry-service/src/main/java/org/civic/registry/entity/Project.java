package org.civic.registry.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.civic.common.persistence.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Entity
public class Project extends Versioned {

    @Schema(
            name = "ProjectState",
            description = "ACTIVE, ADJUSTED (its promise was changed) or CANCELLED (with a reason)")
    public enum State {
        ACTIVE,
        ADJUSTED,
        CANCELLED
    }

    @Id
    public UUID id;

    public UUID programmeId;

    public String code;

    public String title;

    public String titleEn;

    public String description;

    public String domainCode;

    public UUID leadDepartmentId;

    @ElementCollection
    @CollectionTable(name = "project_co_department", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "department_id")
    public Set<UUID> coDepartmentIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_district", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "region_code")
    public Set<String> districtCodes = new LinkedHashSet<>();

    public BigDecimal plannedInvestment;

    public LocalDate plannedStart;

    public LocalDate plannedEnd;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public String address;

    @Enumerated(EnumType.STRING)
    public State state;

    public String cancelReason;

    @ElementCollection
    @CollectionTable(name = "indicator", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Indicator> indicators = new ArrayList<>();
}
