package org.civic.progress.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One approved value of an indicator, as of its report's period end.")
public record SeriesPoint(LocalDate asOf, BigDecimal value, UUID reportId) {}
