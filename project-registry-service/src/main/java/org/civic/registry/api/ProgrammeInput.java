package org.civic.registry.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.civic.common.web.OutputOnly;
import org.civic.registry.entity.Programme;

/** A programme as clients write it; a GET body may be sent back whole (its id must be the path's). */
@OutputOnly({"id", "projectCount", "createdAt", "updatedAt"})
public record ProgrammeInput(
        @NotNull @Pattern(regexp = Codes.REGION, message = "must be a 6 to 12 digit administrative division code") String regionCode,
        @NotNull @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 1000) String approvalBasis,
        LocalDate approvalDate,
        Programme.State state,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 14, fraction = 2, message = "must be a CNY amount with at most 2 decimals") BigDecimal plannedTotalInvestment,
        @Min(0) @Max(10000) Integer plannedProjectCount,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid DomainDto> domains,
        @Size(max = 4000) String sourceNote) {
}
