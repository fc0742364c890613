package org.civic.registry.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a project is, when it is one place: WGS-84 coordinates and an address")
public record Location(
        @DecimalMin("-90")
        @DecimalMax("90")
        @Digits(integer = 3, fraction = 6)
        @Schema(nullable = true, description = "Latitude in decimal degrees", examples = "35.3032")
        BigDecimal lat,

        @DecimalMin("-180")
        @DecimalMax("180")
        @Digits(integer = 3, fraction = 6)
        @Schema(nullable = true, description = "Longitude in decimal degrees", examples = "113.9268")
        BigDecimal lng,

        @Size(max = 300) @Schema(nullable = true, examples = "河南省新乡市解放大道与向阳路东北角")
        String address) {}
