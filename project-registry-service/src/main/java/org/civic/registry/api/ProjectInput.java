package org.civic.registry.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.common.web.OutputOnly;
import org.civic.registry.entity.Project;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project as clients write it. On an update, {@code reason} is required when a target, a planned date
 * or the planned investment changes; it is kept in the project's history. A GET body may be sent back whole.
 */
@OutputOnly({"id", "cancelReason", "createdAt", "updatedAt"})
@Schema(
        description = "A project as written. The body of a GET may be sent back whole: its output-only fields are "
                + "ignored, its id must be the path's.")
public record ProjectInput(
        @NotNull
        @Schema(description = "Its programme; a project never moves to another", examples = Examples.PROGRAMME_ID)
        UUID programmeId,

        @NotNull
        @Size(max = Codes.PROJECT_MAX_LENGTH)
        @Pattern(regexp = Codes.PROJECT, message = "must be 1 to 40 of A-Z, a-z, 0-9, '.', '_' and '-'")
        @Schema(description = "Unique in its programme", examples = Examples.PROJECT_CODE)
        String code,

        @NotBlank @Size(max = 300) @Schema(examples = Examples.PROJECT_TITLE)
        String title,

        @Size(max = 300) @Schema(nullable = true, examples = Examples.PROJECT_TITLE_EN)
        String titleEn,

        @Size(max = 10000) @Schema(nullable = true, examples = Examples.PROJECT_DESCRIPTION)
        String description,

        @NotNull
        @Size(max = Codes.DOMAIN_MAX_LENGTH)
        @Pattern(regexp = Codes.DOMAIN, message = "must be a domain code of the programme")
        @Schema(description = "A domain code of its programme", examples = Examples.DOMAIN_CODE)
        String domainCode,

        @NotNull @Schema(description = "An editor may only name its own department", examples = Examples.DEPARTMENT_ID)
        UUID leadDepartmentId,

        @Size(max = 50)
        @Schema(
                nullable = true,
                description = "Departments that share the work",
                examples = "[\"" + Examples.CO_DEPARTMENT_ID + "\"]")
        List<@NotNull UUID> coDepartmentIds,

        @Size(max = 100)
        @Schema(
                nullable = true,
                description = "Regions it covers (GB/T 2260 codes)",
                examples = "[\"" + Examples.REGION_CODE + "\"]")
        List<
                        @NotNull @Size(max = Codes.REGION_MAX_LENGTH)
                        @Pattern(regexp = Codes.REGION, message = "must be a region code") String>
                districtCodes,

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
                examples = Examples.INVESTMENT)
        BigDecimal plannedInvestment,

        @Schema(nullable = true, examples = Examples.PLANNED_START)
        LocalDate plannedStart,

        @Schema(nullable = true, description = "Not before plannedStart", examples = Examples.PLANNED_END)
        LocalDate plannedEnd,

        @Valid @Schema(nullable = true) Location location,

        @Schema(
                nullable = true,
                description = "ACTIVE when left out on create, unchanged when left out on replace; "
                        + "CANCELLED only through POST /projects/{id}/cancel")
        Project.State state,

        @Size(max = 30) @Schema(nullable = true, description = "Its targets, keyed by indicator key")
        List<@NotNull @Valid IndicatorDto> indicators,

        @Size(max = 1000)
        @Schema(
                nullable = true,
                description = "Why targets, planned dates or the "
                        + "planned investment change: required for such a change, kept in the history",
                examples = Examples.REASON)
        String reason) {}
