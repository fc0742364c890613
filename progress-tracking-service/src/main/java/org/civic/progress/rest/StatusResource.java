package org.civic.progress.rest;

import static org.civic.common.web.Params.MAX_IDS;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.BusinessClock;
import org.civic.common.web.ETags;
import org.civic.common.web.Params;
import org.civic.progress.api.Examples;
import org.civic.progress.api.ProgrammeSeries;
import org.civic.progress.api.ProgrammeSummary;
import org.civic.progress.api.ProjectStatus;
import org.civic.progress.api.SeriesPoint;
import org.civic.progress.service.ReportService;
import org.civic.progress.service.StatusService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "Phase, achievement, completion and schedule health as of any date")
public class StatusResource {

    private static final String TAG = "Changes exactly when an input of the figures does: a plan or target, a"
            + " name, an approval, a milestone, the date";

    private static final String AS_OF = "The day the figures speak for (YYYY-MM-DD, the city's day); today when "
            + "absent, never in the future. Only what was known by then counts.";

    private final StatusService status;
    private final ReportService reports;
    private final BusinessClock clock;

    public StatusResource(StatusService status, ReportService reports, BusinessClock clock) {
        this.clock = clock;
        this.status = status;
        this.reports = reports;
    }

    @GET
    @Path("projects/{projectId}/status")
    @Operation(
            operationId = "getProjectStatus",
            summary = "A project's figures as of a date (default today)",
            description = "Phase, each indicator's actual against its target with the uncapped achievement rate "
                    + "(4,734 parking spaces against 3,000 is 157.8), completion (0–100) and schedule health with "
                    + "reasons. Records dated after asOf are ignored.")
    @PlanAnswer
    @APIResponse(
            responseCode = "200",
            description = "The project's figures.",
            headers =
                    @Header(
                            name = PlanAnswer.HEADER,
                            description = PlanAnswer.DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectStatus.class),
                            examples =
                                    @ExampleObject(
                                            name = "xinxiangParking",
                                            summary = "新乡 2024: 4,734 parking spaces of 3,000",
                                            value = Examples.PROJECT_STATUS)))
    public ProjectStatus project(
            @Parameter(
                            description = "The registry project's id.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("projectId")
                    String projectId,
            @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("asOf")
                    String asOf) {
        return status.project(Params.pathUuid("projectId", projectId), asOf(asOf));
    }

    @GET
    @Path("programmes/{programmeId}/summary")
    @Operation(
            operationId = "getProgrammeSummary",
            summary = "A programme's figures as of a date, ready for a chart",
            description = "Counts by phase and health, breakdowns by domain, lead department and district with their "
                    + "names (zh, en), achievement, planned investment as money strings (null when unknown), the "
                    + "delayed and overdue projects, and the labels of every code.")
    @PlanAnswer
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = ETags.IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING),
            example = Examples.SUMMARY_ETAG)
    @APIResponse(
            responseCode = "200",
            description = "The programme's figures.",
            headers = {
                @Header(name = HttpHeaders.ETAG, description = TAG, schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = PlanAnswer.HEADER,
                        description = PlanAnswer.DESCRIPTION,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeSummary.class),
                            examples =
                                    @ExampleObject(
                                            name = "jinjiang2022",
                                            summary = "晋江 2022 at the end of October: 6 completed, "
                                                    + "2 basically completed",
                                            value = Examples.PROGRAMME_SUMMARY)))
    @APIResponse(responseCode = "304", description = ETags.NOT_MODIFIED)
    public Response summary(
            @Parameter(
                            description = "The registry programme's id.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("programmeId")
                    String programmeId,
            @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("asOf")
                    String asOf,
            @Context Request request) {
        return status.summary(Params.pathUuid("programmeId", programmeId), asOf(asOf))
                .conditional(request)
                .build();
    }

    @GET
    @Path("programmes/{programmeId}/series")
    @Operation(
            operationId = "getProgrammeSeries",
            summary = "A programme's figures over dates, in one call",
            description = "One point per month (or quarter) end from `from` to `to`, and `to` itself when it is no "
                    + "period end; each point counts as the summary does as of its date. At most 24 points.")
    @PlanAnswer
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = ETags.IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING),
            example = Examples.SUMMARY_ETAG)
    @APIResponse(
            responseCode = "200",
            description = "The figures at each date.",
            headers = {
                @Header(name = HttpHeaders.ETAG, description = TAG, schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = PlanAnswer.HEADER,
                        description = PlanAnswer.DESCRIPTION,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeSeries.class),
                            examples =
                                    @ExampleObject(
                                            name = "jinjiang2022",
                                            summary = "晋江 2022, August to October",
                                            value = Examples.PROGRAMME_SERIES)))
    @APIResponse(responseCode = "304", description = ETags.NOT_MODIFIED)
    public Response programmeSeries(
            @Parameter(
                            description = "The registry programme's id.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("programmeId")
                    String programmeId,
            @Parameter(
                            description = "The first day of the series (YYYY-MM-DD); its period's end is "
                                    + "the first point.",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "The last day (YYYY-MM-DD), not in the future; today when absent.",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "month (default) or quarter.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"month", "quarter"},
                                            defaultValue = "month"))
                    @QueryParam("step")
                    String step,
            @Context Request request) {
        LocalDate first = Params.date("from", from);
        if (first == null) {
            throw ProblemException.badRequest("from", "is required (YYYY-MM-DD)");
        }
        LocalDate last = Params.date("to", to);
        if (last != null && last.isAfter(clock.today())) {
            throw ProblemException.badRequest("to", "must not be in the future");
        }
        ProgrammeSeries.Step by = Params.enumValue("step", step, ProgrammeSeries.Step.class);
        return status.series(
                        Params.pathUuid("programmeId", programmeId),
                        first,
                        last == null ? clock.today() : last,
                        by == null ? ProgrammeSeries.Step.MONTH : by)
                .conditional(request)
                .build();
    }

    @GET
    @Path("status")
    @Operation(
            operationId = "listProjectStatuses",
            summary = "Figures of many projects in one call",
            description = "Give either projectIds (up to 500, comma-separated) or programmeId.")
    @PlanAnswer
    @APIResponse(
            responseCode = "200",
            description = "The figures of each project found (unknown ids are left out).",
            headers =
                    @Header(
                            name = PlanAnswer.HEADER,
                            description = PlanAnswer.DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectStatus.class),
                            examples =
                                    @ExampleObject(
                                            name = "xinxiangParking",
                                            value = "[" + Examples.PROJECT_STATUS + "]")))
    public List<ProjectStatus> bulk(
            @Parameter(
                            description = "Comma-separated project ids, at most 500.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 18500))
                    @QueryParam("projectIds")
                    String projectIds,
            @Parameter(
                            description = "Every project of this programme.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("programmeId")
                    String programmeId,
            @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("asOf")
                    String asOf) {
        List<UUID> ids = Params.uuids("projectIds", projectIds, MAX_IDS);
        UUID programme = Params.uuid("programmeId", programmeId);
        if ((ids == null) == (programme == null)) {
            throw ProblemException.badRequest("projectIds", "give either projectIds or programmeId");
        }
        return programme != null ? status.programme(programme, asOf(asOf)) : status.projects(ids, asOf(asOf));
    }

    @GET
    @Path("projects/{projectId}/indicators/{key}/series")
    @Operation(
            operationId = "getIndicatorSeries",
            summary = "The approved values of one indicator over time, for charts",
            description = "Each approved report's value of the indicator, dated by the period it speaks for (a "
                    + "late-approved report counts for its period). Unknown project: 404.")
    @APIResponse(
            responseCode = "200",
            description = "The approved values, oldest first.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = SeriesPoint.class),
                            examples = @ExampleObject(name = "xinxiangParking", value = Examples.INDICATOR_SERIES)))
    public List<SeriesPoint> series(
            @Parameter(
                            description = "The registry project's id.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("projectId")
                    String projectId,
            @Parameter(
                            description = "The indicator's key in the project.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64, examples = "parking_spaces"))
                    @PathParam("key")
                    String key) {
        return reports.series(Params.pathUuid("projectId", projectId), key);
    }

    private LocalDate asOf(String value) {
        return clock.asOfOrToday(value);
    }
}
