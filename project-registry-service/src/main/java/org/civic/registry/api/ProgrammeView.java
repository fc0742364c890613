package org.civic.registry.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.Programme;

/**
 * A programme. {@code plannedProjectCount} is the number of projects the city announced;
 * {@code projectCount} how many of them the registry holds (they differ when a source names fewer).
 */
public record ProgrammeView(
        UUID id,
        String regionCode,
        int year,
        String title,
        String approvalBasis,
        LocalDate approvalDate,
        Programme.State state,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedTotalInvestment,
        Integer plannedProjectCount,
        long projectCount,
        List<DomainDto> domains,
        String sourceNote,
        Instant createdAt,
        Instant updatedAt) {
}
