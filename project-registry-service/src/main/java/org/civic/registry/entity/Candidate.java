package org.civic.registry.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.civic.common.persistence.Versioned;

/** A project proposal on a draft programme's shortlist, put to the deputies' vote. */
@Entity
public class Candidate extends Versioned {

    @Id
    public UUID id;

    public UUID programmeId;

    /** The code its project gets when the vote selects it. */
    public String code;

    public String title;

    public String domainCode;

    public UUID leadDepartmentId;

    public BigDecimal plannedInvestment;

    @ElementCollection
    @CollectionTable(name = "candidate_indicator", joinColumns = @JoinColumn(name = "candidate_id"))
    @OrderColumn(name = "position")
    public List<Indicator> indicators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "candidate_suggestion", joinColumns = @JoinColumn(name = "candidate_id"))
    @Column(name = "suggestion_id")
    public Set<UUID> suggestionIds = new LinkedHashSet<>();
}
