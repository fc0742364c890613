package org.civic.progress.api;

import java.time.LocalDate;
import java.util.UUID;

/** {@code status} is as of today: SCHEDULED, MET, or MISSED (planned date passed without an actual date). */
public record MilestoneView(UUID id, UUID projectId, String code, String name, boolean standard,
                            LocalDate plannedDate, LocalDate actualDate, String status) {
}
