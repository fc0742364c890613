package org.civic.gateway.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public record ClientInput(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "^(public:read|progress:write|benefits:verify)$",
                message = "must be one of public:read, progress:write, benefits:verify") String> scopes,
        @NotNull @Min(1) @Max(100000) Integer ratePerMinute) {
}
