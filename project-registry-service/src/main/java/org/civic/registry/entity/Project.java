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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Entity
public class Project {

    @Schema(name = "ProjectState", description = "ACTIVE, ADJUSTED (its promise was changed) or CANCELLED (with a reason)")
    public enum State { ACTIVE, ADJUSTED, CANCELLED }

    @Id
    public UUID id;

    @Column(name = "programme_id")
    public UUID programmeId;

    public String code;

    public String title;

    @Column(name = "title_en")
    public String titleEn;

    public String description;

    @Column(name = "domain_code")
    public String domainCode;

    @Column(name = "lead_department_id")
    public UUID leadDepartmentId;

    @ElementCollection
    @CollectionTable(name = "project_co_department", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "department_id")
    public Set<UUID> coDepartmentIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_district", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "region_code")
    public Set<String> districtCodes = new LinkedHashSet<>();

    @Column(name = "planned_investment")
    public BigDecimal plannedInvestment;

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_end")
    public LocalDate plannedEnd;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public String address;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @ElementCollection
    @CollectionTable(name = "indicator", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Indicator> indicators = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
