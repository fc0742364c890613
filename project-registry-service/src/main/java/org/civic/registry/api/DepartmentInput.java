package org.civic.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civic.common.web.OutputOnly;

/** A department as clients write it; a GET body may be sent back whole (its id must be the path's). */
@OutputOnly("id")
public record DepartmentInput(
        @NotNull @Pattern(regexp = Codes.DEPARTMENT, message = "must be 2 to 40 of A-Z, 0-9 and -") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = Codes.REGION, message = "must be a 6 to 12 digit administrative division code") String regionCode) {
}
