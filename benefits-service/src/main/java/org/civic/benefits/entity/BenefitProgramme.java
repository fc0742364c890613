package org.civic.benefits.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civic.common.persistence.Versioned;

/** A benefit policy such as 《泉州市无偿献血及造血干细胞捐献者优待措施》, with its benefits. */
@Entity
public class BenefitProgramme extends Versioned {

    @Id
    public UUID id;

    public String code;

    public String nameZh;

    public String nameEn;

    @ElementCollection
    @CollectionTable(name = "programme_issuing_agency", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    @Column(name = "agency")
    public List<String> issuingAgencies = new ArrayList<>();

    public String regionCode;

    public String legalBasisTitle;

    public String legalBasisSource;

    public LocalDate effectiveFrom;

    public LocalDate effectiveTo;

    public UUID registryProjectId;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Benefit> benefits = new ArrayList<>();

    public boolean inForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
    }
}
