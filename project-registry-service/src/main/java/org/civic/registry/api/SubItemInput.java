package org.civic.registry.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A sub-item of a project (泉州's 10 老旧小区改造示范项目 are sub-items of one item)")
public record SubItemInput(
        @NotNull
        @Size(max = Codes.PROJECT_MAX_LENGTH)
        @Pattern(regexp = Codes.PROJECT, message = "must be 1 to 40 of A-Z, a-z, 0-9, '.', '_' and '-'")
        @Schema(description = "Unique among the project's sub-items", examples = "QZ2024-03.01")
        String code,

        @NotBlank @Size(max = 300) @Schema(examples = "鲤城区老旧小区改造示范项目")
        String title,

        @NotNull @Schema(examples = Examples.DEPARTMENT_ID) UUID leadDepartmentId,

        @Size(max = Codes.REGION_MAX_LENGTH)
        @Pattern(regexp = Codes.REGION, message = "must be a region code")
        @Schema(nullable = true, description = "The district it is in (GB/T 2260)", examples = Examples.REGION_CODE)
        String districtCode,

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = Examples.MONEY_DIGITS, fraction = 2, message = "must be a CNY amount with at most 2 decimals")
        @Schema(
                nullable = true,
                type = SchemaType.STRING,
                format = "decimal",
                pattern = Examples.DECIMAL_PATTERN,
                maxLength = Examples.MONEY_MAX_LENGTH,
                description = Examples.MONEY,
                examples = "12000000.00")
        BigDecimal plannedInvestment,

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @DecimalMin(value = "0", inclusive = false, message = "must be positive")
        @DecimalMax(value = "10000", message = "must be at most 10000")
        @Digits(integer = 5, fraction = 4, message = "must have at most 4 decimals")
        @Schema(
                nullable = true,
                type = SchemaType.STRING,
                format = "decimal",
                maxLength = 10,
                description = "Explicit roll-up weight: either every sub-item of the project has one or none does"
                        + " (then by investment, or equal)",
                examples = "2")
        BigDecimal weight,

        @Size(max = 30) @Schema(nullable = true, description = "Its own targets")
        List<@NotNull @Valid IndicatorDto> indicators) {}
