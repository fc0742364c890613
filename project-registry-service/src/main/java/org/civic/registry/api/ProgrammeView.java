package org.civic.registry.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.Programme;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A programme. {@code plannedProjectCount} is the number of projects the city announced;
 * {@code projectCount} how many of them the registry holds (they differ when a source names fewer).
 */
@Schema(description = "A region's yearly list of practical projects (为民办实事项目) with its domain taxonomy")
public record ProgrammeView(
        @Schema(
                required = true,
                readOnly = true,
                description = "Assigned by the registry",
                examples = Examples.PROGRAMME_ID)
        UUID id,

        @Schema(
                required = true,
                description = "The region whose list it is (GB/T 2260 code)",
                examples = Examples.REGION_CODE)
        String regionCode,

        @Schema(required = true, minimum = "2000", maximum = "2100", examples = "2022")
        int year,

        @Schema(required = true, examples = Examples.PROGRAMME_TITLE)
        String title,

        @Schema(required = true, nullable = true, description = "Who decided the list", examples = "晋江市委、市政府确定")
        String approvalBasis,

        @Schema(required = true, nullable = true, examples = "2022-01-20")
        LocalDate approvalDate,

        @Schema(required = true) Programme.State state,

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(
                required = true,
                nullable = true,
                type = SchemaType.STRING,
                format = "decimal",
                pattern = Examples.DECIMAL_PATTERN,
                description = Examples.MONEY + "; null when not announced",
                examples = Examples.PROGRAMME_INVESTMENT)
        BigDecimal plannedTotalInvestment,

        @Schema(
                required = true,
                nullable = true,
                minimum = "0",
                maximum = "10000",
                description = "How many projects the city announced",
                examples = "22")
        Integer plannedProjectCount,

        @Schema(
                required = true,
                readOnly = true,
                description = "How many projects the registry holds for it",
                examples = "10")
        long projectCount,

        @Schema(required = true, maxItems = 50, description = "Its domains in their published order")
        List<DomainDto> domains,

        @Schema(
                required = true,
                nullable = true,
                description = "Where the data comes from",
                examples = "泉州晚报 2022-11-29《晋江:普惠民生 共享高品质生活》")
        String sourceNote,

        @Schema(required = true, readOnly = true, examples = Examples.CREATED)
        Instant createdAt,

        @Schema(required = true, readOnly = true, examples = Examples.UPDATED)
        Instant updatedAt) {}
