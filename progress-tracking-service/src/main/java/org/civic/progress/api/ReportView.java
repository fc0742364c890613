package org.civic.progress.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.progress.entity.Report;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ReportView(
        @Schema(readOnly = true, examples = Examples.REPORT_ID)
        UUID id,

        @Schema(readOnly = true, description = "The registry project", examples = Examples.PROJECT_ID)
        UUID projectId,

        @Schema(readOnly = true, description = "The project's programme", examples = Examples.PROGRAMME_ID)
        UUID programmeId,

        @Schema(description = "The end of the period the report speaks for", examples = "2024-12-31")
        LocalDate asOf,

        List<ReportInput.Actual> actuals,
        @Schema(examples = "100") BigDecimal percentComplete,
        @Schema(examples = Examples.PARKING_NARRATIVE) String narrative,

        @Schema(examples = "[\"https://www.xinxiang.gov.cn/\"]")
        List<String> evidenceLinks,

        @Schema(
                readOnly = true,
                description = "Who filed it (the caller the gateway vouched for)",
                examples = "staff:demo-editor")
        String reporter,

        @Schema(
                readOnly = true,
                description = "DRAFT → SUBMITTED → APPROVED or RETURNED; SUPERSEDED once a correction is approved",
                examples = "APPROVED")
        Report.State state,

        @Schema(description = "The approved report this one corrects", examples = Examples.CORRECTED_REPORT_ID)
        UUID supersedesId,

        @Schema(readOnly = true, examples = "2025-01-15T02:10:00Z")
        Instant submittedAt,

        @Schema(readOnly = true, description = "When it was approved or returned", examples = "2025-01-15T03:30:00Z")
        Instant decidedAt,

        @Schema(readOnly = true, examples = "staff:demo-reviewer")
        String decidedBy,

        @Schema(readOnly = true, description = "The reviewer's comment when returned", examples = "请补充停车泊位的分布明细")
        String returnComment,

        @Schema(readOnly = true, examples = "2025-01-15T02:00:00Z")
        Instant createdAt,

        @Schema(readOnly = true, examples = "2025-01-15T03:30:00Z")
        Instant updatedAt) {}
