package org.civic.benefits.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.civic.benefits.api.Examples;
import org.civic.benefits.api.Pages;
import org.civic.benefits.api.ProgrammeInput;
import org.civic.benefits.api.ProgrammeView;
import org.civic.benefits.rules.Codes;
import org.civic.benefits.rules.Regions;
import org.civic.benefits.service.ProgrammeService;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Roles;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.civic.common.web.Stored;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/benefit-programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Benefit programmes", description = "Benefit policies such as 泉州市无偿献血及造血干细胞捐献者优待措施 and their benefits")
public class BenefitProgrammeResource {

    static final String CODE = "The programme's code";

    private final ProgrammeService service;
    private final Idempotency idempotency;

    public BenefitProgrammeResource(ProgrammeService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(
            operationId = "listBenefitProgrammes",
            summary = "List programmes",
            description = "region includes sub-regions by GB/T 2260 code prefix (350000 lists 泉州's 350500); "
                    + "inForceOn keeps those in force on that date.")
    @APIResponse(
            responseCode = "200",
            description = "One page of programmes, by code",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Pages.ProgrammePage.class)))
    public RestResponse<Page<ProgrammeView>> list(
            @Parameter(
                            description =
                                    "Only programmes of this region or within it: a 6, 9 or 12 digit GB/T 2260 code",
                            schema = @Schema(type = SchemaType.STRING, pattern = Codes.REGION),
                            example = "350000")
                    @QueryParam("region")
                    @Size(max = Codes.REGION_MAX_LENGTH)
                    String region,
            @Parameter(
                            description = "Only programmes in force on this day (YYYY-MM-DD)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2025-03-12")
                    @QueryParam("inForceOn")
                    String inForceOn,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uri) {
        String regionCode = Params.text(region);
        if (regionCode != null && !regionCode.matches(Codes.REGION)) {
            throw ProblemException.badRequest("region", Codes.REGION_MESSAGE);
        }
        return service.list(
                        regionCode == null ? null : Regions.significantPrefix(regionCode),
                        Params.date("inForceOn", inForceOn),
                        page)
                .toRestResponse(uri);
    }

    @GET
    @Path("/{code}")
    @Operation(
            operationId = "getBenefitProgramme",
            summary = "Read one programme with its benefits",
            description = "Its ETag is what PUT needs in If-Match.")
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = ETags.IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING),
            example = ETags.EXAMPLE)
    @APIResponse(
            responseCode = "200",
            description = "The programme",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "304", description = ETags.NOT_MODIFIED)
    public Response get(
            @Parameter(
                            description = CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = Codes.CODE),
                            example = Examples.PROGRAMME_CODE)
                    @PathParam("code")
                    @Size(max = Codes.CODE_MAX_LENGTH)
                    String code,
            @Context Request request) {
        Stored<ProgrammeView> programme = service.read(code);
        return ETags.conditional(request, programme.view(), programme.version());
    }

    @RolesAllowed({Roles.ADMIN, Roles.BENEFITS_OFFICER})
    @POST
    @Operation(
            operationId = "createBenefitProgramme",
            summary = "Create a programme with its benefits (Idempotency-Key accepted)",
            description = "A programme code or benefit code that exists already is a 409.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(
                        name = HttpHeaders.LOCATION,
                        description = "The new programme, /benefit-programmes/{code}",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = HttpHeaders.ETAG,
                        description = ETags.ETAG_DESCRIPTION,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "422", description = "Unprocessable: " + Idempotency.KEY_REUSED)
    public Response create(
            @Valid @NotNull ProgrammeInput input,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION, example = Idempotency.EXAMPLE)
                    @HeaderParam(Idempotency.HEADER)
                    String key,
            @Context UriInfo uri) {
        return idempotency.execute(
                key,
                "POST /benefit-programmes",
                input,
                () -> service.create(input).created(uri.getAbsolutePathBuilder()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.BENEFITS_OFFICER})
    @PUT
    @Path("/{code}")
    @Operation(
            operationId = "replaceBenefitProgramme",
            summary = "Replace a programme and its benefits (If-Match required)",
            description = "Benefits are matched by code; a benefit that has been redeemed cannot be removed (409). "
                    + "The code cannot change (400).")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeView.class)))
    public Response update(
            @Parameter(
                            description = CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = Codes.CODE),
                            example = Examples.PROGRAMME_CODE)
                    @PathParam("code")
                    @Size(max = Codes.CODE_MAX_LENGTH)
                    String code,
            @Valid @NotNull ProgrammeInput input,
            @Parameter(description = ETags.IF_MATCH_REQUIRED, required = true, example = ETags.EXAMPLE)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.update(code, input, ifMatch).ok();
    }
}
