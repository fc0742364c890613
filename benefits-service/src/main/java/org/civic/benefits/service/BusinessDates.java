package org.civic.benefits.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import org.civic.benefits.config.BenefitsConfig;
import org.civic.common.web.Times;

/** Dates as the benefits policies count them: in the configured zone (Asia/Shanghai by default). */
@ApplicationScoped
public class BusinessDates {

    private final BenefitsConfig config;

    public BusinessDates(BenefitsConfig config) {
        this.config = config;
    }

    public LocalDate today() {
        return dateOf(Times.now());
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(config.zone()).toLocalDate();
    }
}
