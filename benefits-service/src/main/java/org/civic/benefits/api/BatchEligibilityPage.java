package org.civic.benefits.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A page of eligible citizens who have not used the benefit. {@code nextCursor} is null at the end; a page
 * may hold fewer than {@code size} ids while more remain, because one call evaluates a bounded number of
 * candidates ({@code scanned}).
 */
public record BatchEligibilityPage(String programmeCode, String benefitCode, LocalDate asOf, int ruleVersion,
                                   List<UUID> citizenIds, int scanned, String nextCursor) {
}
