package org.civic.registry.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.Project;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /projects/{id}} as the OpenAPI document shows it (documentation only: the patch is read as
 * a JSON tree and merged by {@code ProjectPatcher}). Every member is optional; what the members may hold is what
 * {@link ProjectInput} allows, since the merged project is validated as a PUT would be.
 */
@Schema(
        description = "A JSON Merge Patch (RFC 7396) of a project: only the members sent change. null removes a "
                + "member: it clears an optional field (titleEn, description, plannedInvestment, …); the fields a project "
                + "must have cannot be removed (400). Arrays are replaced whole; location is merged member by member. The "
                + "result is validated as a PUT of the whole project would be, with the same reason rule.")
public record ProjectPatch(
        @Schema(
                description = "Unique in its programme",
                pattern = Codes.PROJECT,
                maxLength = Codes.PROJECT_MAX_LENGTH,
                examples = Examples.PROJECT_CODE)
        String code,

        @Schema(maxLength = 300, examples = Examples.PROJECT_TITLE)
        String title,

        @Schema(nullable = true, maxLength = 300, examples = Examples.PROJECT_TITLE_EN)
        String titleEn,

        @Schema(nullable = true, maxLength = 10000, examples = Examples.PROJECT_DESCRIPTION)
        String description,

        @Schema(
                description = "A domain code of its programme",
                pattern = Codes.DOMAIN,
                maxLength = Codes.DOMAIN_MAX_LENGTH,
                examples = Examples.DOMAIN_CODE)
        String domainCode,

        @Schema(description = "An editor may only name its own department", examples = Examples.DEPARTMENT_ID)
        UUID leadDepartmentId,

        @Schema(
                nullable = true,
                maxItems = 50,
                description = "Replaces the whole list",
                examples = "[\"" + Examples.CO_DEPARTMENT_ID + "\"]")
        List<UUID> coDepartmentIds,

        @Schema(
                nullable = true,
                maxItems = 100,
                description = "Replaces the whole list",
                examples = "[\"" + Examples.REGION_CODE + "\"]")
        List<@Size(max = Codes.REGION_MAX_LENGTH) @Pattern(regexp = Codes.REGION) String> districtCodes,

        @Schema(
                nullable = true,
                type = SchemaType.STRING,
                format = "decimal",
                pattern = Examples.DECIMAL_PATTERN,
                maxLength = Examples.MONEY_MAX_LENGTH,
                description = Examples.MONEY + "; a change needs a reason",
                examples = Examples.INVESTMENT)
        BigDecimal plannedInvestment,

        @Schema(nullable = true, description = "A change needs a reason", examples = Examples.PLANNED_START)
        LocalDate plannedStart,

        @Schema(nullable = true, description = "A change needs a reason", examples = Examples.PLANNED_END)
        LocalDate plannedEnd,

        @Schema(nullable = true, description = "Merged member by member; null removes the location")
        Location location,

        @Schema(description = "ACTIVE or ADJUSTED; a project is cancelled through POST /projects/{id}/cancel")
        Project.State state,

        @Schema(
                nullable = true,
                maxItems = 30,
                description = "Replaces every indicator; a change of a target needs a " + "reason")
        List<IndicatorDto> indicators,

        @Schema(
                maxLength = 1000,
                description = "Why targets, planned dates or the planned investment change: "
                        + "required for such a change, kept in the history",
                examples = Examples.REASON)
        String reason) {}
