package org.civic.registry.repository;

import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.Project;

/**
 * The filters of {@code GET /projects}; null means "not filtered". Region and district lists already
 * include sub-regions. {@code publishedOnly} hides the projects of draft programmes (from API clients).
 */
public record ProjectFilter(
        UUID programmeId,
        Integer year,
        List<String> regionCodes,
        String domain,
        UUID department,
        List<String> districtCodes,
        Project.State state,
        String q,
        List<UUID> ids,
        boolean publishedOnly) {

    public ProjectFilter(
            UUID programmeId,
            Integer year,
            List<String> regionCodes,
            String domain,
            UUID department,
            List<String> districtCodes,
            Project.State state,
            String q,
            List<UUID> ids) {
        this(programmeId, year, regionCodes, domain, department, districtCodes, state, q, ids, false);
    }

    public ProjectFilter onlyPublished() {
        return new ProjectFilter(
                programmeId, year, regionCodes, domain, department, districtCodes, state, q, ids, true);
    }
}
