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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project proposal on a draft programme's shortlist. */
@Schema(description = "A candidate: a project proposal put to the deputies' vote, with the suggestions behind it")
public record CandidateInput(
        @NotNull
        @Size(max = Codes.PROJECT_MAX_LENGTH)
        @Pattern(regexp = Codes.PROJECT, message = "must be 1 to 40 of A-Z, a-z, 0-9, '.', '_' and '-'")
        @Schema(
                description = "Unique among the programme's candidates; the code its project gets",
                examples = Examples.PROJECT_CODE)
        String code,

        @NotBlank @Size(max = 300) @Schema(examples = Examples.PROJECT_TITLE)
        String title,

        @NotNull
        @Size(max = Codes.DOMAIN_MAX_LENGTH)
        @Pattern(regexp = Codes.DOMAIN, message = "must be a domain code of the programme")
        @Schema(description = "A domain code of its programme", examples = Examples.DOMAIN_CODE)
        String domainCode,

        @NotNull @Schema(examples = Examples.DEPARTMENT_ID) UUID leadDepartmentId,

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

        @Size(max = 30) @Schema(nullable = true, description = "Its targets, keyed by indicator key")
        List<@NotNull @Valid IndicatorDto> indicators,

        @Size(max = 500)
        @Schema(
                nullable = true,
                description = "The accepted suggestions behind it (its lineage)",
                examples = "[\"" + Examples.SUGGESTION_ID + "\"]")
        List<@NotNull UUID> suggestionIds) {}
