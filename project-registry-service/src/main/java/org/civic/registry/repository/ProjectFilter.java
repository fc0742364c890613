package org.civic.registry.repository;

import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.Project;

/**
 * The filters of {@code GET /projects}; null means "not filtered". Region and district lists already
 * include sub-regions.
 */
public record ProjectFilter(UUID programmeId, Integer year, List<String> regionCodes, String domain,
                            UUID department, List<String> districtCodes, Project.State state, String q,
                            List<UUID> ids) {
}
