package org.civic.registry.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.civic.common.web.OutputOnly;
import org.civic.registry.entity.Programme;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme as clients write it; a GET body may be sent back whole (its id must be the path's). */
@OutputOnly({"id", "projectCount", "createdAt", "updatedAt"})
@Schema(
        description = "A programme as written. The body of a GET may be sent back whole: its output-only fields are "
                + "ignored, its id must be the path's.")
public record ProgrammeInput(
        @NotNull
        @Size(max = Codes.REGION_MAX_LENGTH)
        @Pattern(regexp = Codes.REGION, message = "must be a 6 to 12 digit administrative division code")
        @Schema(description = "The region whose list it is (GB/T 2260 code)", examples = Examples.REGION_CODE)
        String regionCode,

        @NotNull
        @Min(value = 2000, message = "must be 2000 or later")
        @Max(value = 2100, message = "must be 2100 or earlier")
        @Schema(examples = "2022")
        Integer year,

        @NotBlank @Size(max = 300) @Schema(examples = Examples.PROGRAMME_TITLE)
        String title,

        @Size(max = 1000) @Schema(nullable = true, description = "Who decided the list", examples = "晋江市委、市政府确定")
        String approvalBasis,

        @Schema(nullable = true, examples = "2022-01-20") LocalDate approvalDate,

        @Schema(
                nullable = true,
                description =
                        "DRAFT when left out on create, unchanged when left out on replace; " + "moves only forward")
        Programme.State state,

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
                examples = Examples.PROGRAMME_INVESTMENT)
        BigDecimal plannedTotalInvestment,

        @Min(0)
        @Max(10000)
        @Schema(nullable = true, description = "How many projects the city announced", examples = "22")
        Integer plannedProjectCount,

        @NotEmpty
        @Size(max = 50)
        @Schema(
                description =
                        "Its domains in their published order; a domain that projects " + "use cannot be removed (409)")
        List<@NotNull @Valid DomainDto> domains,

        @Size(max = 4000)
        @Schema(
                nullable = true,
                description = "Where the data comes from",
                examples = "泉州晚报 2022-11-29《晋江:普惠民生 共享高品质生活》")
        String sourceNote) {}
