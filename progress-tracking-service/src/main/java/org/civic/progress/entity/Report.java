package org.civic.progress.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civic.common.persistence.Versioned;

/** A progress report for one period; only APPROVED reports count in any figure. */
@Entity
public class Report extends Versioned {

    public enum State {
        DRAFT,
        SUBMITTED,
        APPROVED,
        RETURNED,
        SUPERSEDED
    }

    /*
     * The one as-of rule for reports: as of a date D a report counts when the period it speaks for ended on or before D
     * (asOf <= D), whenever it was approved. Figures (FigureRepository, native SQL) and the report list
     * (ReportRepository, JPQL) use these two spellings of it; :asOf is D.
     */
    /** The as-of rule in JPQL, on {@code Report}'s fields. */
    public static final String COUNTS_AS_OF = "asOf <= :asOf";
    /** The as-of rule in SQL, on table {@code report} aliased {@code r}. */
    public static final String COUNTS_AS_OF_SQL = "r.as_of <= :asOf";

    @Id
    public UUID id;

    public UUID projectId;

    public UUID programmeId;

    public LocalDate asOf;

    public BigDecimal percentComplete;

    public String narrative;

    public String reporter;

    @Enumerated(EnumType.STRING)
    public State state;

    public UUID supersedesId;

    public Instant submittedAt;

    public Instant decidedAt;

    public String decidedBy;

    public String returnComment;

    @ElementCollection
    @CollectionTable(name = "report_actual", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "indicator_key")
    @Column(name = "value")
    public Map<String, BigDecimal> actuals = new LinkedHashMap<>();

    @ElementCollection
    @CollectionTable(name = "report_evidence", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    public List<String> evidenceLinks = new ArrayList<>();

    /** Counts as of {@code date}: its period ended on or before it (see {@link #COUNTS_AS_OF}). */
    public boolean countsAsOf(LocalDate date) {
        return !asOf.isAfter(date);
    }
}
