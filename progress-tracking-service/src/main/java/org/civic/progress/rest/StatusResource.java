package org.civic.progress.rest;

import org.civic.common.web.BusinessClock;
import static org.civic.common.web.Decimals.plain;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Params;
import org.civic.progress.api.ProgrammeSummary;
import org.civic.progress.api.ProjectStatus;
import org.civic.progress.service.ReportService;
import org.civic.progress.service.StatusService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "Phase, achievement, completion and schedule health as of any date")
public class StatusResource {

    private static final int MAX_IDS = 500;

    private final StatusService status;
    private final ReportService reports;
    private final BusinessClock clock;

    public StatusResource(StatusService status, ReportService reports, BusinessClock clock) {
        this.clock = clock;
        this.status = status;
        this.reports = reports;
    }

    public record SeriesPoint(LocalDate asOf, java.math.BigDecimal value, UUID reportId) {
    }

    @GET
    @Path("projects/{projectId}/status")
    @Operation(summary = "A project's figures as of a date (default today); later records are ignored")
    public ProjectStatus project(@PathParam("projectId") String projectId, @QueryParam("asOf") String asOf) {
        return status.project(Params.pathUuid("projectId", projectId), asOf(asOf));
    }

    @GET
    @Path("programmes/{programmeId}/summary")
    @Operation(summary = "A programme's counts by phase and health, breakdowns, achievement, delayed and overdue projects")
    public ProgrammeSummary summary(@PathParam("programmeId") String programmeId, @QueryParam("asOf") String asOf) {
        return status.summary(Params.pathUuid("programmeId", programmeId), asOf(asOf));
    }

    @GET
    @Path("status")
    @Operation(summary = "Figures of many projects in one call: projectIds (up to 500) or programmeId")
    public List<ProjectStatus> bulk(@QueryParam("projectIds") String projectIds, @QueryParam("programmeId") String programmeId,
                                    @QueryParam("asOf") String asOf) {
        List<UUID> ids = Params.uuids("projectIds", projectIds, MAX_IDS);
        UUID programme = Params.uuid("programmeId", programmeId);
        if ((ids == null) == (programme == null)) {
            throw ProblemException.badRequest("projectIds", "give either projectIds or programmeId");
        }
        return programme != null ? status.programme(programme, asOf(asOf)) : status.projects(ids, asOf(asOf));
    }

    @GET
    @Transactional
    @Path("projects/{projectId}/indicators/{key}/series")
    @Operation(summary = "The approved values of one indicator over time, for charts")
    public List<SeriesPoint> series(@PathParam("projectId") String projectId, @PathParam("key") String key) {
        return reports.series(Params.pathUuid("projectId", projectId), key).stream()
                .map(r -> new SeriesPoint(r.asOf, plain(r.actuals.get(key)), r.id)).toList();
    }

    private LocalDate asOf(String value) {
        return clock.asOfOrToday(value);
    }
}
