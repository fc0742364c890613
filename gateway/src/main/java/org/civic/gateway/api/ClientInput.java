package org.civic.gateway.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new API client: who it is, what it may do and how often.")
public record ClientInput(
        @Schema(description = "The app's name, for people.", examples = "晋江新闻客户端") @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "One or more of public:read, progress:write, benefits:verify.") @NotEmpty @Size(max = 10)
        List<
                        @NotNull @Size(max = 20)
                        @Pattern(
                                regexp = "^(public:read|progress:write|benefits:verify)$",
                                message = "must be one of public:read, progress:write, benefits:verify")
                        String>
                scopes,

        @Schema(description = "Requests a minute.", examples = "600") @NotNull @Min(1) @Max(100000)
        Integer ratePerMinute) {}
