package org.civic.benefits.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ProgrammeView(
        String code,
        LocalizedText name,
        List<String> issuingAgencies,
        String regionCode,
        LegalBasis legalBasis,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        UUID registryProjectId,
        List<BenefitDto> benefits,
        Instant createdAt,
        Instant updatedAt) {
}
