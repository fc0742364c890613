package org.civic.benefits.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One privilege of a programme: what kind, where it applies, how often. */
@Entity
public class Benefit {

    public enum Kind {
        ACCESS,
        FEE_WAIVER,
        PRIORITY,
        CASH,
        IN_KIND,
        REFERRAL
    }

    /** The period a quota counts in; LIFETIME never resets. */
    public enum QuotaPeriod {
        CALENDAR_YEAR,
        MONTH,
        LIFETIME
    }

    public static final String UNLIMITED_PERIOD = "-";

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    public BenefitProgramme programme;

    public int position;

    public String code;

    public String nameZh;

    public String nameEn;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @ElementCollection
    @CollectionTable(name = "benefit_site_category", joinColumns = @JoinColumn(name = "benefit_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "site_category")
    public List<SiteCategory> siteCategories = new ArrayList<>();

    /** Uses allowed per period; null means unlimited. */
    public Integer quotaLimit;

    @Enumerated(EnumType.STRING)
    public QuotaPeriod quotaPeriod;

    public boolean applicationRequired;

    /** CNY per use for cash benefits. */
    public BigDecimal amount;

    /** Where the policy grants it, e.g. "第1条". */
    public String article;

    public boolean limited() {
        return quotaLimit != null;
    }

    /** The quota period containing {@code day}: "2025", "2025-03", "LIFETIME", or "-" when unlimited. */
    public String periodKey(LocalDate day) {
        if (!limited()) {
            return UNLIMITED_PERIOD;
        }
        return switch (quotaPeriod) {
            case CALENDAR_YEAR -> Integer.toString(day.getYear());
            case MONTH -> YearMonth.from(day).toString();
            case LIFETIME -> "LIFETIME";
        };
    }
}
