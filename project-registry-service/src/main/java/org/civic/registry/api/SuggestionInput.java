package org.civic.registry.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.civic.registry.entity.Suggestion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A suggestion as an app (on a citizen's behalf) or staff submit it. */
@Schema(description = "A suggestion from the public for a region's programme of a year (群众提)")
public record SuggestionInput(
        @NotNull
        @Size(max = Codes.REGION_MAX_LENGTH)
        @Pattern(regexp = Codes.REGION, message = "must be a region code")
        @Schema(description = "The region whose programme it is for (GB/T 2260)", examples = Examples.REGION_CODE)
        String regionCode,

        @NotNull @Min(2000) @Max(2100) @Schema(description = "The programme year it is for", examples = "2022")
        Integer year,

        @NotBlank @Size(max = 2000) @Schema(examples = Examples.SUGGESTION_TEXT)
        String text,

        @NotNull
        @Size(max = Codes.DOMAIN_MAX_LENGTH)
        @Pattern(regexp = Codes.DOMAIN, message = "must be 1 to 32 of A-Z, 0-9 and _, starting with a letter")
        @Schema(description = "The domain it concerns (a code of the region's taxonomy)", examples = "HEALTH")
        String domainCode,

        @Size(max = 20)
        @Schema(
                nullable = true,
                description = "Districts it concerns (GB/T 2260 codes)",
                examples = "[\"" + Examples.REGION_CODE + "\"]")
        List<
                        @NotNull @Size(max = Codes.REGION_MAX_LENGTH)
                        @Pattern(regexp = Codes.REGION, message = "must be a region code") String>
                districtCodes,

        @Size(max = 200)
        @Schema(
                nullable = true,
                description = "How to reach the citizen (phone or e-mail), optional: personal data, sealed at rest, "
                        + "answered masked and only to staff, never logged",
                examples = Examples.CONTACT)
        String contact,

        @NotNull @Schema(description = "How it reached the city")
        Suggestion.Channel channel) {}
