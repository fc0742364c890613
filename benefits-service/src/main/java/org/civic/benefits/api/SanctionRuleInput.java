package org.civic.benefits.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of a programme's sanction rule: what the first, second … misuse brings. */
public record SanctionRuleInput(
        @Schema(examples = "2025-01-01") @NotNull LocalDate effectiveFrom,
        @Schema(examples = "2027-12-31") LocalDate effectiveTo,

        @Schema(description = "Offences 1, 2, … in order; nothing may follow a REVOKE")
        @NotNull
        @Size(min = 1, max = 10)
        List<@NotNull @Valid SanctionStep> steps,

        @Schema(examples = "荆门：违规使用一次暂停一年，两次取消优待资格") @Size(max = 2000)
        String note) {}
