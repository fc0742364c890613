package org.civic.registry.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civic.common.persistence.Versioned;

/** A child of a project with its own code, department, district, investment and indicators. */
@Entity
public class SubItem extends Versioned {

    @Id
    public UUID id;

    public UUID projectId;

    public String code;

    public String title;

    public UUID leadDepartmentId;

    public String districtCode;

    public BigDecimal plannedInvestment;

    /** An explicit roll-up weight; null when the roll-up is by investment (see RollUp). */
    public BigDecimal weight;

    @ElementCollection
    @CollectionTable(name = "sub_item_indicator", joinColumns = @JoinColumn(name = "sub_item_id"))
    @OrderColumn(name = "position")
    public List<Indicator> indicators = new ArrayList<>();
}
