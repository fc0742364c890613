package org.civic.progress.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.progress.entity.Report;

public record ReportView(UUID id, UUID projectId, UUID programmeId, LocalDate asOf, List<ReportInput.Actual> actuals,
                         BigDecimal percentComplete, String narrative, List<String> evidenceLinks, String reporter,
                         Report.State state, UUID supersedesId, Instant submittedAt, Instant decidedAt,
                         String decidedBy, String returnComment, Instant createdAt, Instant updatedAt) {
}
