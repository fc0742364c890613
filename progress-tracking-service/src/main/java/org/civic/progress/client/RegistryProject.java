package org.civic.progress.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The part of a registry project this service reads: identity, plan and targets. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryProject(
        UUID id,
        UUID programmeId,
        String code,
        String title,
        String domainCode,
        UUID leadDepartmentId,
        List<String> districtCodes,
        BigDecimal plannedInvestment,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String state,
        List<Indicator> indicators) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(
            String key,
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            String direction,
            boolean cumulative) {}

    public boolean cancelled() {
        return "CANCELLED".equals(state);
    }

    public boolean hasIndicator(String key) {
        return indicators != null && indicators.stream().anyMatch(i -> i.key().equals(key));
    }
}
