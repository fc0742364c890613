package org.civic.registry.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.common.web.OutputOnly;
import org.civic.registry.entity.Project;

/**
 * A project as clients write it. On an update, {@code reason} is required when a target, a planned date
 * or the planned investment changes; it is kept in the project's history.
 */
@OutputOnly({"id", "cancelReason", "createdAt", "updatedAt"})
public record ProjectInput(
        @NotNull UUID programmeId,
        @NotNull @Pattern(regexp = Codes.PROJECT, message = "must be 1 to 40 of A-Z, a-z, 0-9, '.', '_' and '-'") String code,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 300) String titleEn,
        @Size(max = 10000) String description,
        @NotNull @Pattern(regexp = Codes.DOMAIN, message = "must be a domain code of the programme") String domainCode,
        @NotNull UUID leadDepartmentId,
        @Size(max = 50) List<@NotNull UUID> coDepartmentIds,
        @Size(max = 100) List<@NotNull @Pattern(regexp = Codes.REGION, message = "must be a region code") String> districtCodes,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 14, fraction = 2, message = "must be a CNY amount with at most 2 decimals") BigDecimal plannedInvestment,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Valid Location location,
        Project.State state,
        @Size(max = 30) List<@NotNull @Valid IndicatorDto> indicators,
        @Size(max = 1000) String reason) {
}
