package org.civic.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.civic.common.web.Money;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme with its figures as of a date and its investment, the owning services' answers passed on as they came. */
@Schema(
        description = "A programme's dashboard as of a date: the programme (registry), its figures (progress: counts "
                + "by phase and health with labels, named breakdowns, achievement, delayed and overdue projects) and its "
                + "planned investment. An optional part that failed is null and listed in degraded.")
public record ProgrammeDashboard(
        @Schema(
                ref = "RegistryProgrammeView",
                description = "The programme (required: without it the view is a problem).")
        JsonNode programme,

        LocalDate asOf,

        @Schema(
                ref = "ProgressProgrammeSummary",
                extensions = @Extension(name = ApiSchemas.OPTIONAL, value = "true"),
                description = "The programme's figures as of asOf.")
        JsonNode figures,

        Investment investment,
        List<Degraded> degraded) {

    @Schema(description = "Planned investment; amounts are money strings with two decimals, null when unknown.")
    public record Investment(
            @Schema(
                    description = "The total the city announced for the programme. " + Money.DESCRIPTION,
                    pattern = Money.PATTERN,
                    nullable = true,
                    examples = "553000000.00")
            String plannedTotal,

            @Schema(
                    description = "The sum over its projects that state one; null when none does (or the figures "
                            + "are missing). " + Money.DESCRIPTION,
                    pattern = Money.PATTERN,
                    nullable = true,
                    examples = "145000000.00")
            String plannedInProjects) {}
}
