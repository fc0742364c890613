package org.civic.progress.rest;

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
import org.civic.common.web.BusinessClock;
import org.civic.common.web.ETags;
import org.civic.common.web.Params;
import org.civic.progress.api.Examples;
import org.civic.progress.api.ProgrammeBulletin;
import org.civic.progress.service.BulletinService;
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

@Path("/programmes/{programmeId}/bulletin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "督查: the monthly bulletin, 督办 notices, 满意度测评 and published 公示 snapshots")
public class BulletinResource {

    private final BulletinService bulletins;
    private final BusinessClock clock;

    public BulletinResource(BulletinService bulletins, BusinessClock clock) {
        this.bulletins = bulletins;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "getProgrammeBulletin",
            summary = "The monthly 督查 bulletin of a programme as of a date",
            description = "完成率 (projects 完成 ÷ projects) and 开工率 (started ÷ projects) for the programme, each lead "
                    + "department and each district; every project's 序时进度 gap (elapsed share of its planned time "
                    + "minus its completion, in points) and its light on the configured scale (银川's by default: 10–30 "
                    + "points behind YELLOW, more than 30 RED). Cancelled projects are left out.")
    @PlanAnswer
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = ETags.IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING),
            example = Examples.SUMMARY_ETAG)
    @APIResponse(
            responseCode = "200",
            description = "The bulletin.",
            headers = {
                @Header(
                        name = HttpHeaders.ETAG,
                        description = "Changes exactly when an input of the figures does",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = PlanAnswer.HEADER,
                        description = PlanAnswer.DESCRIPTION,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeBulletin.class),
                            examples =
                                    @ExampleObject(
                                            name = "huichang2023",
                                            summary = "会昌 2023 at the end of October: 26 of 65 done (40 %), 100 % "
                                                    + "started",
                                            value = Examples.BULLETIN)))
    @APIResponse(responseCode = "304", description = ETags.NOT_MODIFIED)
    public Response bulletin(
            @Parameter(
                            description = "The registry programme's id.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("programmeId")
                    String programmeId,
            @Parameter(
                            description = "The day the bulletin speaks for (YYYY-MM-DD); today when absent, never in "
                                    + "the future.",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2023-10-31")
                    @QueryParam("asOf")
                    String asOf,
            @Context Request request) {
        return bulletins
                .bulletin(Params.pathUuid("programmeId", programmeId), clock.asOfOrToday(asOf))
                .conditional(request)
                .build();
    }
}
