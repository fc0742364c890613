package org.civic.progress.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.civic.common.web.OutputOnly;

/** A milestone: a ladder code (APPROVED, STARTED, …) or a custom code with a name. */
@OutputOnly({"id", "projectId", "standard", "status"})
public record MilestoneInput(
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be a ladder code or 2 to 40 of A-Z, 0-9 and _") String code,
        @Size(max = 200) String name,
        LocalDate plannedDate,
        LocalDate actualDate) {
}
