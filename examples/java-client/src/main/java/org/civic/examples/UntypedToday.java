package org.civic.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.civic.client.model.ProgressMilestoneView;
import org.civic.client.model.ProgressProgrammeSummary;
import org.civic.client.model.ProgressProjectStatus;

/**
 * The bodies that docs/openapi/civic-api.json still documents as {@code schema: {}} (issue #12), for which the
 * generated client can only return {@code Object}. Each record states what the example reads and reuses the generated
 * models wherever the contract has them. Delete this class when the contract types these operations: the example
 * then takes the generated models as they are.
 */
final class UntypedToday {

    /** GET /api/v1/programmes: one page of programmes. */
    record ProgrammePage(List<Programme> items, int total) {
    }

    record Programme(UUID id, String regionCode, int year, String title) {
    }

    /** GET /api/v1/programmes/{id}/projects: one of the programme's projects. */
    record Project(UUID id, String code, String title) {
    }

    /** GET /api/v1/programmes/{id}/dashboard: the figures are the progress service's programme summary. */
    record Dashboard(String asOf, ProgressProgrammeSummary figures, List<String> degraded) {
    }

    /** GET /api/v1/projects/{id}/overview: project, milestones and status as the services give them. */
    record Overview(Project project, List<ProgressMilestoneView> milestones, ProgressProjectStatus status,
            List<String> degraded) {
    }

    private final ObjectMapper mapper;

    UntypedToday(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads an untyped body (the maps the generated client made of it) as {@code type}. */
    <T> T as(Object body, Class<T> type) {
        return mapper.convertValue(body, type);
    }

    List<Project> projects(Object body) {
        return List.of(as(body, Project[].class));
    }
}
