package org.civic.registry.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A government department that leads or shares projects")
public record DepartmentView(
        @Schema(
                required = true,
                readOnly = true,
                description = "Assigned by the registry",
                examples = Examples.DEPARTMENT_ID)
        UUID id,

        @Schema(required = true, description = "Unique code", examples = "JJ-WJJ")
        String code,

        @Schema(required = true, examples = "晋江市卫生健康局") String name,

        @Schema(required = true, description = "The region it serves (GB/T 2260 code)", examples = Examples.REGION_CODE)
        String regionCode) {}
