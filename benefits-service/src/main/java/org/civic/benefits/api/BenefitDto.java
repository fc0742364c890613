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

/** A benefit of a programme, as written and as read. */
public record BenefitDto(
        @NotNull @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String code,
        @NotNull @Valid LocalizedText name,
        @NotNull Benefit.Kind kind,
        @NotEmpty @Size(max = 10) List<@NotNull SiteCategory> siteCategories,
        @Valid QuotaDto quota,
        boolean applicationRequired,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 10, fraction = 2, message = "must be a CNY amount with at most 2 decimals") BigDecimal amount,
        @Size(max = 200) String article) {
}
