package org.civic.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Roles;
import org.civic.common.web.Params;
import org.civic.progress.api.EvaluationInput;
import org.civic.progress.api.EvaluationView;
import org.civic.progress.api.Examples;
import org.civic.progress.service.EvaluationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "督查: the monthly bulletin, 督办 notices, 满意度测评 and published 公示 snapshots")
public class EvaluationResource {

    private final EvaluationService service;
    private final Idempotency idempotency;

    public EvaluationResource(EvaluationService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @POST
    @Operation(
            operationId = "recordEvaluation",
            summary = "Record the deputies' 满意度测评 of a programme's projects",
            description = "Each project is graded by the rule version in force on heldOn (zhenhai, 镇海's rule, by "
                    + "default: 满意 when 满意 votes exceed half the members, 基本满意 when 满意 + 基本满意 do, else 不满意). "
                    + "A tally that does not add up to the deputies present, more present than members, or no quorum "
                    + "(more than half the members) is a 422 naming why; a project of another programme a 400.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded and graded",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            description = "The evaluation, /evaluations/{id}",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvaluationView.class),
                            examples = @ExampleObject(name = "zhenhai", value = Examples.EVALUATION)))
    @APIResponse(
            responseCode = "422",
            description = "Unprocessable: a tally inconsistent with the deputies present (tally-inconsistent), no "
                    + "quorum (quorum-not-met), or " + Idempotency.KEY_REUSED)
    public Response record(
            @Valid @NotNull EvaluationInput input,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION, example = Idempotency.EXAMPLE)
                    @HeaderParam(Idempotency.HEADER)
                    String key,
            @Context UriInfo uri) {
        return idempotency.execute(
                key,
                "POST /evaluations",
                input,
                () -> service.record(input).created(uri.getBaseUriBuilder().path("evaluations")));
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getEvaluation",
            summary = "One 满意度测评 with each project's grade and the overall satisfaction rate",
            description = "The grades are those the rule version named in rule gave when it was recorded.")
    @APIResponse(
            responseCode = "200",
            description = "The evaluation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvaluationView.class),
                            examples = @ExampleObject(name = "zhenhai", value = Examples.EVALUATION)))
    public EvaluationView get(
            @Parameter(
                            description = "The evaluation's id",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.EVALUATION_ID)
                    @PathParam("id")
                    String id) {
        return service.read(Params.pathUuid("id", id)).view();
    }

    @GET
    @Operation(
            operationId = "listEvaluations",
            summary = "A programme's 满意度测评, newest first",
            description = "programmeId is required (400 without).")
    @APIResponse(
            responseCode = "200",
            description = "The programme's evaluations",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvaluationView.class, type = SchemaType.ARRAY),
                            examples = @ExampleObject(name = "zhenhai", value = "[" + Examples.EVALUATION + "]")))
    public List<EvaluationView> list(
            @Parameter(
                            description = "The programme whose evaluations to list",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.PROGRAMME_ID)
                    @QueryParam("programmeId")
                    String programmeId) {
        UUID programme = Params.uuid("programmeId", programmeId);
        if (programme == null) {
            throw ProblemException.badRequest("programmeId", "is required");
        }
        return service.ofProgramme(programme);
    }
}
