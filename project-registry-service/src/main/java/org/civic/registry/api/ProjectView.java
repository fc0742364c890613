package org.civic.registry.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.Project;

public record ProjectView(
        UUID id,
        UUID programmeId,
        String code,
        String title,
        String titleEn,
        String description,
        String domainCode,
        UUID leadDepartmentId,
        List<UUID> coDepartmentIds,
        List<String> districtCodes,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedInvestment,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        Location location,
        Project.State state,
        String cancelReason,
        List<IndicatorDto> indicators,
        Instant createdAt,
        Instant updatedAt) {
}
