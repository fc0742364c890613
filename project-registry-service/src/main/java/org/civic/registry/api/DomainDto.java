package org.civic.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a programme's domain taxonomy, e.g. {@code {"code": "ELDERLY", "name": "养老服务"}}. */
@Schema(description = "One entry of a programme's domain taxonomy (晋江 2022 had 5 series)")
public record DomainDto(
        @NotNull
        @Size(max = Codes.DOMAIN_MAX_LENGTH)
        @Pattern(regexp = Codes.DOMAIN, message = "must be 1 to 32 of A-Z, 0-9 and _, starting with a letter")
        @Schema(examples = Examples.DOMAIN_CODE)
        String code,

        @NotBlank @Size(max = 100) @Schema(examples = Examples.DOMAIN_NAME)
        String name) {}
