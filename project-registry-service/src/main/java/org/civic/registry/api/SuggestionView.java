package org.civic.registry.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.Suggestion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A suggestion as answered: the contact masked and for staff only, who submitted it for staff only. */
@Schema(description = "A suggestion and its screening. API clients see accepted suggestions only, without contact")
public record SuggestionView(
        @Schema(required = true, readOnly = true, examples = Examples.SUGGESTION_ID)
        UUID id,

        @Schema(required = true, examples = Examples.REGION_CODE)
        String regionCode,

        @Schema(required = true, examples = "2022") int year,

        @Schema(required = true, examples = Examples.SUGGESTION_TEXT)
        String text,

        @Schema(required = true, examples = "HEALTH") String domainCode,

        @Schema(required = true, examples = "[\"" + Examples.REGION_CODE + "\"]")
        List<String> districtCodes,

        @Schema(required = true) Suggestion.Channel channel,

        @Schema(
                required = true,
                nullable = true,
                description = "Masked; null when none was given, and always null for API clients",
                examples = Examples.CONTACT_MASKED)
        String contact,

        @Schema(
                required = true,
                nullable = true,
                description = "Who submitted it (an API client or staff); null for API clients",
                examples = "client:i-jinjiang app")
        String submittedBy,

        @Schema(required = true) Suggestion.Status status,

        @Schema(
                required = true,
                nullable = true,
                description = "The suggestion it was merged into (MERGED only)",
                examples = Examples.OTHER_SUGGESTION_ID)
        UUID mergedIntoId,

        @Schema(
                required = true,
                nullable = true,
                description = "The criterion or negative-list entry behind the screening",
                examples = Examples.SCREENING_REASON)
        String screeningReason,

        @Schema(required = true, readOnly = true, examples = Examples.CREATED)
        Instant createdAt,

        @Schema(required = true, nullable = true, readOnly = true, examples = Examples.UPDATED)
        Instant screenedAt) {}
