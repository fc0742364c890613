package org.civic.benefits.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.benefits.rules.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProgrammeView(
        @Schema(examples = Examples.PROGRAMME_CODE) String code,
        @Schema(examples = Examples.PROGRAMME_NAME) LocalizedText name,
        @Schema(examples = "[\"泉州市卫生健康委员会\", \"泉州市财政局\"]") List<String> issuingAgencies,
        @Schema(examples = "350500") String regionCode,
        LegalBasis legalBasis,
        @Schema(examples = "2025-01-01") LocalDate effectiveFrom,

        @Schema(description = "Absent: open-ended", examples = "2027-12-31")
        LocalDate effectiveTo,

        @Schema(examples = Examples.REGISTRY_PROJECT_ID) UUID registryProjectId,
        List<BenefitDto> benefits,

        @Schema(readOnly = true, examples = "2025-01-06T02:00:00Z")
        Instant createdAt,

        @Schema(readOnly = true, examples = "2025-01-06T02:00:00Z")
        Instant updatedAt) {}
