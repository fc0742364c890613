package org.civic.benefits.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.civic.benefits.entity.Benefit;
import org.civic.benefits.entity.SiteCategory;
import org.civic.benefits.rules.Codes;
import org.civic.benefits.rules.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A benefit of a programme, as written and as read. */
public record BenefitDto(
        @Schema(
                description = "Unique across programmes (passes and redemptions name a benefit alone)",
                examples = Examples.BENEFIT_CODE)
        @NotNull
        @Size(max = Codes.CODE_MAX_LENGTH)
        @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE)
        String code,

        @Schema(examples = Examples.BENEFIT_NAME) @NotNull @Valid
        LocalizedText name,

        @Schema(examples = "FEE_WAIVER") @NotNull Benefit.Kind kind,

        @Schema(
                description = "Where it applies; a redemption or verification elsewhere is refused",
                examples = "[\"COMMUNITY_HEALTH_CENTRE\"]")
        @NotEmpty
        @Size(max = 10)
        List<@NotNull SiteCategory> siteCategories,

        @Schema(description = "Uses per period; absent: unlimited") @Valid
        QuotaDto quota,

        @Schema(description = "Whether the citizen must apply for it", examples = "false")
        boolean applicationRequired,

        @Schema(
                type = SchemaType.STRING,
                format = "decimal",
                pattern = Codes.AMOUNT,
                maxLength = Codes.AMOUNT_MAX_LENGTH,
                description = "CNY, for CASH benefits, as a decimal string (a JSON number is accepted too); "
                        + "e.g. the 泉州 home elderly-care subsidy's 1000 a year",
                examples = "1000")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = Codes.AMOUNT_DIGITS, fraction = 2, message = "must be a CNY amount with at most 2 decimals")
        BigDecimal amount,

        @Schema(description = "The policy article", examples = "第1条") @Size(max = 200)
        String article) {}
