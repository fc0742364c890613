package org.civic.benefits.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen with personal data masked: 林*, 350502********1234, 138****5678. */
public record CitizenView(
        @Schema(readOnly = true, examples = Examples.CITIZEN_ID)
        UUID id,

        @Schema(description = "Masked: the first character", examples = Examples.MASKED_NAME)
        String name,

        @Schema(
                description = "Masked: region and the last four characters",
                examples = Examples.MASKED_NATIONAL_ID_NUMBER)
        String nationalIdNumber,

        @Schema(description = "Masked: the first three and last four digits", examples = Examples.MASKED_PHONE)
        String phone,

        @Schema(readOnly = true, examples = "2025-01-06T02:30:00Z")
        Instant createdAt) {}
