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
import org.civic.benefits.rules.Codes;
import org.civic.benefits.rules.LocalizedText;
import org.civic.common.web.OutputOnly;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A benefit programme as clients write it; on PUT the code must stay the one in the path. */
@OutputOnly({"createdAt", "updatedAt"})
public record ProgrammeInput(
        @Schema(description = "The programme's identity; cannot change on PUT", examples = Examples.PROGRAMME_CODE)
        @NotNull
        @Size(max = Codes.CODE_MAX_LENGTH)
        @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE)
        String code,

        @Schema(examples = Examples.PROGRAMME_NAME) @NotNull @Valid
        LocalizedText name,

        @Schema(examples = "[\"泉州市卫生健康委员会\", \"泉州市财政局\"]") @NotEmpty @Size(max = 20)
        List<@NotBlank @Size(max = 200) String> issuingAgencies,

        @Schema(description = "GB/T 2260 code of the region it applies in", examples = "350500")
        @NotNull
        @Size(max = Codes.REGION_MAX_LENGTH)
        @Pattern(regexp = Codes.REGION, message = Codes.REGION_MESSAGE)
        String regionCode,

        @NotNull @Valid LegalBasis legalBasis,
        @Schema(examples = "2025-01-01") @NotNull LocalDate effectiveFrom,

        @Schema(description = "Absent: open-ended", examples = "2027-12-31")
        LocalDate effectiveTo,

        @Schema(
                description = "The registry project the programme belongs to, if any",
                examples = Examples.REGISTRY_PROJECT_ID)
        UUID registryProjectId,

        @Schema(description = "Matched by code on PUT; a redeemed benefit cannot be removed (409)")
        @NotNull
        @Size(max = 50)
        List<@NotNull @Valid BenefitDto> benefits) {}
