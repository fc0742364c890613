package org.civic.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civic.common.web.OutputOnly;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department as clients write it; a GET body may be sent back whole (its id must be the path's). */
@OutputOnly("id")
@Schema(
        description = "A department as written. The body of a GET may be sent back whole: its id is ignored when it is "
                + "the path's.")
public record DepartmentInput(
        @NotNull
        @Size(max = Codes.DEPARTMENT_MAX_LENGTH)
        @Pattern(regexp = Codes.DEPARTMENT, message = "must be 2 to 40 of A-Z, 0-9 and -")
        @Schema(description = "Unique code", examples = "JJ-WJJ")
        String code,

        @NotBlank @Size(max = 200) @Schema(examples = "晋江市卫生健康局")
        String name,

        @NotNull
        @Size(max = Codes.REGION_MAX_LENGTH)
        @Pattern(regexp = Codes.REGION, message = "must be a 6 to 12 digit administrative division code")
        @Schema(description = "The region it serves (GB/T 2260 code)", examples = Examples.REGION_CODE)
        String regionCode) {}
