package org.civic.benefits.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.common.web.OutputOnly;

/** A benefit programme as clients write it; on PUT the code must stay the one in the path. */
@OutputOnly({"createdAt", "updatedAt"})
public record ProgrammeInput(
        @NotNull @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String code,
        @NotNull @Valid LocalizedText name,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> issuingAgencies,
        @NotNull @Pattern(regexp = Codes.REGION, message = Codes.REGION_MESSAGE) String regionCode,
        @NotNull @Valid LegalBasis legalBasis,
        @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo,
        UUID registryProjectId,
        @NotNull @Size(max = 50) List<@NotNull @Valid BenefitDto> benefits) {
}
