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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Roles;
import org.civic.common.web.ETags;
import org.civic.common.web.Params;
import org.civic.common.web.Stored;
import org.civic.progress.api.Examples;
import org.civic.progress.api.ProgrammeBulletin;
import org.civic.progress.api.SnapshotDiff;
import org.civic.progress.api.SnapshotInput;
import org.civic.progress.api.SnapshotView;
import org.civic.progress.mapping.BulletinTable;
import org.civic.progress.service.SnapshotService;
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
@Tag(name = "Supervision", description = "督查: the monthly bulletin, 督办 notices, 满意度测评 and published 公示 snapshots")
public class SnapshotResource {

    private static final String SNAPSHOT_ID = "The snapshot's id";
    private static final String HASH_TAG = "The content hash: a published snapshot never changes";

    private final SnapshotService service;
    private final Idempotency idempotency;

    public SnapshotResource(SnapshotService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("programmes/{programmeId}/snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "publishSnapshot",
            summary = "Publish a programme's bulletin as of a date as an immutable 公示 snapshot",
            description = "Admins only. The bulletin is computed now, stored as the exact JSON its contentHash "
                    + "(SHA-256) is of, and never changes afterwards: later reports, corrections or rule changes are "
                    + "seen only by a new snapshot.")
    @APIResponse(
            responseCode = "201",
            description = "Published",
            headers = {
                @Header(
                        name = HttpHeaders.LOCATION,
                        description = "The snapshot's stable URL, /snapshots/{id}",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(name = HttpHeaders.ETAG, description = HASH_TAG, schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SnapshotView.class),
                            examples = @ExampleObject(name = "jinjiang2022", value = Examples.SNAPSHOT)))
    @APIResponse(responseCode = "422", description = "Unprocessable: " + Idempotency.KEY_REUSED)
    public Response publish(
            @Parameter(
                            description = "The registry programme's id.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.PROGRAMME_ID)
                    @PathParam("programmeId")
                    String programmeId,
            @Valid @NotNull SnapshotInput input,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION, example = Idempotency.EXAMPLE)
                    @HeaderParam(Idempotency.HEADER)
                    String key,
            @Context UriInfo uri) {
        UUID programme = Params.pathUuid("programmeId", programmeId);
        return idempotency.execute(key, "POST /programmes/" + programme + "/snapshots", input, () -> {
            Stored<SnapshotView> published = service.publish(programme, input);
            return Response.created(uri.getBaseUriBuilder()
                            .path("snapshots")
                            .path(published.id())
                            .build())
                    .entity(published.view())
                    .tag(new EntityTag(published.view().contentHash()))
                    .build();
        });
    }

    @GET
    @Path("programmes/{programmeId}/snapshots")
    @Operation(
            operationId = "listProgrammeSnapshots",
            summary = "A programme's published snapshots, newest as-of date first",
            description = "Each with its content.")
    @APIResponse(
            responseCode = "200",
            description = "The snapshots",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SnapshotView.class, type = SchemaType.ARRAY),
                            examples = @ExampleObject(name = "jinjiang2022", value = "[" + Examples.SNAPSHOT + "]")))
    public List<SnapshotView> list(
            @Parameter(
                            description = "The registry programme's id.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.PROGRAMME_ID)
                    @PathParam("programmeId")
                    String programmeId) {
        return service.ofProgramme(Params.pathUuid("programmeId", programmeId));
    }

    @GET
    @Path("snapshots/{id}")
    @Operation(
            operationId = "getSnapshot",
            summary = "A published snapshot, exactly as published",
            description = "Immutable: its ETag is its content hash and it may be cached for good.")
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = ETags.IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING),
            example = Examples.SNAPSHOT_ETAG)
    @APIResponse(
            responseCode = "200",
            description = "The snapshot",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = HASH_TAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SnapshotView.class),
                            examples = @ExampleObject(name = "jinjiang2022", value = Examples.SNAPSHOT)))
    @APIResponse(responseCode = "304", description = ETags.NOT_MODIFIED)
    public Response get(
            @Parameter(
                            description = SNAPSHOT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.SNAPSHOT_ID)
                    @PathParam("id")
                    String id,
            @Context Request request) {
        SnapshotView snapshot = service.read(Params.pathUuid("id", id)).view();
        EntityTag tag = new EntityTag(snapshot.contentHash());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        CacheControl forGood = new CacheControl();
        forGood.setMaxAge(31_536_000);
        return (notModified != null ? notModified : Response.ok(snapshot).tag(tag))
                .cacheControl(forGood)
                .build();
    }

    @GET
    @Path("snapshots/{id}/export")
    @Produces({BulletinTable.CSV, BulletinTable.XLSX})
    @Operation(
            operationId = "exportSnapshot",
            summary = "A snapshot's project lines as CSV or XLSX, with the bulletin's columns",
            description = "format=csv (default, UTF-8 with a BOM) or xlsx. Columns: code, title, leadDepartment, "
                    + "districtCodes, phase, completionClass, completionPercent, elapsedPercent, scheduleGapPoints, "
                    + "light, health.")
    @APIResponse(
            responseCode = "200",
            description = "The table",
            content = {
                @Content(
                        mediaType = BulletinTable.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "jinjiang2022", value = Examples.SNAPSHOT_CSV)),
                @Content(
                        mediaType = BulletinTable.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", examples = "(an XLSX workbook)"))
            })
    public Response export(
            @Parameter(
                            description = SNAPSHOT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.SNAPSHOT_ID)
                    @PathParam("id")
                    String id,
            @Parameter(
                            description = "csv (default) or xlsx",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "xlsx"}),
                            example = "csv")
                    @QueryParam("format")
                    String format) {
        UUID snapshot = Params.pathUuid("id", id);
        ProgrammeBulletin bulletin = service.bulletin(snapshot);
        String name = "snapshot-" + snapshot + "-" + bulletin.asOf();
        if (format == null || format.equals("csv")) {
            return Response.ok(BulletinTable.csv(bulletin), BulletinTable.CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                    .build();
        }
        if (format.equals("xlsx")) {
            return Response.ok(BulletinTable.xlsx(bulletin), BulletinTable.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"")
                    .build();
        }
        throw ProblemException.badRequest("format", "must be csv or xlsx");
    }

    @GET
    @Path("snapshots/{id}/compare/{otherId}")
    @Operation(
            operationId = "compareSnapshots",
            summary = "What changed from one snapshot to another, project by project",
            description = "Both must be of the same programme (400). Fields are compared as published.")
    @APIResponse(
            responseCode = "200",
            description = "The differences",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SnapshotDiff.class),
                            examples = @ExampleObject(name = "correction", value = Examples.SNAPSHOT_DIFF)))
    public SnapshotDiff compare(
            @Parameter(
                            description = "The earlier snapshot's id",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.SNAPSHOT_ID)
                    @PathParam("id")
                    String id,
            @Parameter(
                            description = "The later snapshot's id",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.SNAPSHOT_ID)
                    @PathParam("otherId")
                    String otherId) {
        return service.compare(Params.pathUuid("id", id), Params.pathUuid("otherId", otherId));
    }
}
