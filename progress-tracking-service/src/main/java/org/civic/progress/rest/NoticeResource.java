package org.civic.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.security.Roles;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.civic.common.web.Stored;
import org.civic.progress.api.Examples;
import org.civic.progress.api.NoticeDecision;
import org.civic.progress.api.NoticeInput;
import org.civic.progress.api.NoticeReply;
import org.civic.progress.api.NoticeView;
import org.civic.progress.api.Pages;
import org.civic.progress.entity.SupervisionNotice;
import org.civic.progress.service.NoticeService;
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
import org.jboss.resteasy.reactive.RestResponse;

/** 督办 notices: staff read them; reviewers and admins issue and decide; the lead department's editor replies. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
@Tag(name = "Supervision", description = "督查: the monthly bulletin, 督办 notices, 满意度测评 and published 公示 snapshots")
public class NoticeResource {

    private static final String NOTICE_ID = "The notice's id";

    private final NoticeService service;
    private final Idempotency idempotency;

    public NoticeResource(NoticeService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Path("supervision-notices")
    @Operation(
            operationId = "listSupervisionNotices",
            summary = "督办 notices, newest first, of a programme, a state, overdue or not",
            description = "Overdue: still OPEN (waiting for the department's reply) after its due date, as of today.")
    @APIResponse(
            responseCode = "200",
            description = "One page of notices",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Pages.NoticePage.class)))
    public RestResponse<Page<NoticeView>> list(
            @Parameter(
                            description = "Only the notices of this programme",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.PROGRAMME_ID)
                    @QueryParam("programmeId")
                    String programmeId,
            @Parameter(
                            description = "Only notices in this state (case-insensitive)",
                            schema = @Schema(implementation = SupervisionNotice.State.class),
                            example = "OPEN")
                    @QueryParam("state")
                    String state,
            @Parameter(
                            description = "true: only overdue notices; false: only the others",
                            schema = @Schema(type = SchemaType.BOOLEAN),
                            example = "true")
                    @QueryParam("overdue")
                    Boolean overdue,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uri) {
        return service.search(
                        Params.uuid("programmeId", programmeId),
                        Params.enumValue("state", state, SupervisionNotice.State.class),
                        overdue,
                        page)
                .toRestResponse(uri);
    }

    @GET
    @Path("projects/{projectId}/supervision-notices")
    @Operation(
            operationId = "listProjectSupervisionNotices",
            summary = "A project's 督办 notices, newest first",
            description = "An unknown project is a 404.")
    @APIResponse(
            responseCode = "200",
            description = "The project's notices",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoticeView.class, type = SchemaType.ARRAY),
                            examples = @ExampleObject(name = "huichang", value = "[" + Examples.NOTICE + "]")))
    public List<NoticeView> ofProject(
            @Parameter(
                            description = MilestoneResource.PROJECT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.PROJECT_ID)
                    @PathParam("projectId")
                    String projectId) {
        return service.ofProject(Params.pathUuid("projectId", projectId));
    }

    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @POST
    @Path("supervision-notices")
    @Operation(
            operationId = "issueSupervisionNotice",
            summary = "Issue a 督办 notice by hand to the project's lead department",
            description = "The issuer is the caller; the due date is today or later (400). A cancelled project takes "
                    + "none (409). Notices are also issued automatically when a project turns DELAYED or reaches "
                    + "the worst light.")
    @APIResponse(
            responseCode = "201",
            description = "Issued, OPEN",
            headers = {
                @Header(
                        name = HttpHeaders.LOCATION,
                        description = "The new notice, /supervision-notices/{id}",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = HttpHeaders.ETAG,
                        description = ETags.ETAG_DESCRIPTION,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoticeView.class),
                            examples = @ExampleObject(name = "huichang", value = Examples.NOTICE)))
    @APIResponse(responseCode = "422", description = "Unprocessable: " + Idempotency.KEY_REUSED)
    public Response issue(
            @Valid @NotNull NoticeInput input,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION, example = Idempotency.EXAMPLE)
                    @HeaderParam(Idempotency.HEADER)
                    String key,
            @Context UriInfo uri) {
        return idempotency.execute(
                key,
                "POST /supervision-notices",
                input,
                () -> service.issue(input).created(uri.getBaseUriBuilder().path("supervision-notices")));
    }

    @GET
    @Path("supervision-notices/{id}")
    @Operation(
            operationId = "getSupervisionNotice",
            summary = "Read one 督办 notice",
            description = "Its ETag is what the workflow steps accept in If-Match.")
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = ETags.IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING),
            example = ETags.EXAMPLE)
    @APIResponse(
            responseCode = "200",
            description = "The notice",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoticeView.class),
                            examples = @ExampleObject(name = "huichang", value = Examples.NOTICE)))
    @APIResponse(responseCode = "304", description = ETags.NOT_MODIFIED)
    public Response get(
            @Parameter(
                            description = NOTICE_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.NOTICE_ID)
                    @PathParam("id")
                    String id,
            @Context Request request) {
        Stored<NoticeView> notice = service.read(Params.pathUuid("id", id));
        return ETags.conditional(request, notice.view(), notice.version());
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @POST
    @Path("supervision-notices/{id}/reply")
    @Operation(
            operationId = "replyToSupervisionNotice",
            summary = "The lead department's reply: measures and evidence (OPEN → REPLIED)",
            description =
                    "An editor of the notice's department (403 for another department's) or an admin; from another state 409.")
    @APIResponse(
            responseCode = "200",
            description = "Now REPLIED",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoticeView.class),
                            examples = @ExampleObject(name = "huichang", value = Examples.NOTICE)))
    @APIResponse(responseCode = "409", description = "Conflict: the notice is in a state this step does not start from")
    public Response reply(
            @Parameter(
                            description = NOTICE_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.NOTICE_ID)
                    @PathParam("id")
                    String id,
            @Valid @NotNull NoticeReply body,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL, example = ETags.EXAMPLE)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.reply(Params.pathUuid("id", id), body, ifMatch).ok();
    }

    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @POST
    @Path("supervision-notices/{id}/close")
    @Operation(
            operationId = "closeSupervisionNotice",
            summary = "Close a replied or escalated notice (→ CLOSED)",
            description = "Reviewer or admin; from OPEN or CLOSED 409.")
    @APIResponse(
            responseCode = "200",
            description = "Now CLOSED",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoticeView.class),
                            examples = @ExampleObject(name = "huichang", value = Examples.NOTICE)))
    @APIResponse(responseCode = "409", description = "Conflict: the notice is in a state this step does not start from")
    public Response close(
            @Parameter(
                            description = NOTICE_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.NOTICE_ID)
                    @PathParam("id")
                    String id,
            @Valid @NotNull NoticeDecision body,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL, example = ETags.EXAMPLE)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.close(Params.pathUuid("id", id), body, ifMatch).ok();
    }

    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @POST
    @Path("supervision-notices/{id}/extend")
    @Operation(
            operationId = "extendSupervisionNotice",
            summary = "Give the department until a later due date (OPEN or REPLIED → OPEN)",
            description =
                    "Reviewer or admin; dueDate is required and after the current one (400); from ESCALATED or CLOSED 409.")
    @APIResponse(
            responseCode = "200",
            description = "Now OPEN",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoticeView.class),
                            examples = @ExampleObject(name = "huichang", value = Examples.NOTICE)))
    @APIResponse(responseCode = "409", description = "Conflict: the notice is in a state this step does not start from")
    public Response extend(
            @Parameter(
                            description = NOTICE_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.NOTICE_ID)
                    @PathParam("id")
                    String id,
            @Valid @NotNull NoticeDecision body,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL, example = ETags.EXAMPLE)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.extend(Params.pathUuid("id", id), body, ifMatch).ok();
    }

    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @POST
    @Path("supervision-notices/{id}/escalate")
    @Operation(
            operationId = "escalateSupervisionNotice",
            summary = "Escalate a notice to the next level (OPEN or REPLIED → ESCALATED)",
            description = "Reviewer or admin; from ESCALATED or CLOSED 409.")
    @APIResponse(
            responseCode = "200",
            description = "Now ESCALATED",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoticeView.class),
                            examples = @ExampleObject(name = "huichang", value = Examples.NOTICE)))
    @APIResponse(responseCode = "409", description = "Conflict: the notice is in a state this step does not start from")
    public Response escalate(
            @Parameter(
                            description = NOTICE_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.NOTICE_ID)
                    @PathParam("id")
                    String id,
            @Valid @NotNull NoticeDecision body,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL, example = ETags.EXAMPLE)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.escalate(Params.pathUuid("id", id), body, ifMatch).ok();
    }
}
