package org.civic.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.openapi.ErrorResponses;
import org.civic.common.security.Roles;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.civic.common.web.PersonalData;
import org.civic.registry.api.Codes;
import org.civic.registry.api.Examples;
import org.civic.registry.api.Pages;
import org.civic.registry.api.ScreeningInput;
import org.civic.registry.api.SuggestionInput;
import org.civic.registry.api.SuggestionSummary;
import org.civic.registry.api.SuggestionView;
import org.civic.registry.entity.Suggestion;
import org.civic.registry.service.SuggestionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Suggestions from the public (群众提): submitted by apps on a citizen's behalf or by staff, screened by staff. */
@Path("/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PersonalData // staff's answers carry a (masked) contact: never cached
@Tag(name = "Suggestions", description = "Suggestions from the public for a region's programme (群众提)")
public class SuggestionResource {

    private static final String YEAR_DESCRIPTION = "The programme year";

    private final SuggestionService service;
    private final Idempotency idempotency;

    public SuggestionResource(SuggestionService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @RolesAllowed({Roles.SUGGESTIONS_WRITE, Roles.ADMIN, Roles.EDITOR})
    @POST
    @Operation(
            operationId = "submitSuggestion",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Submit a suggestion (API clients with suggestions:write, or staff)",
            description = "The contact is sealed at rest and answered masked. One client may submit the same text"
                    + " (ignoring case, white space and punctuation) at most registry.suggestions.max-duplicates"
                    + " times (3) per registry.suggestions.duplicate-window (24 h): then 429 with Retry-After.")
    @APIResponse(
            responseCode = "201",
            description = "Submitted",
            headers = {
                @Header(
                        name = HttpHeaders.LOCATION,
                        description = Docs.LOCATION,
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = Idempotency.REPLAYED_HEADER,
                        description = Docs.REPLAYED,
                        schema = @Schema(type = SchemaType.STRING, enumeration = "true"))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SuggestionView.class)))
    @APIResponse(responseCode = "422", description = Docs.KEY_REUSED)
    @APIResponse(
            responseCode = "429",
            description = "Too many suggestions with the same text from this client (duplicate-suggestions)",
            headers =
                    @Header(
                            name = ErrorResponses.RETRY_AFTER,
                            description = "Seconds until the oldest of them leaves the window",
                            schema = @Schema(type = SchemaType.INTEGER)))
    public Response submit(
            @Valid @NotNull SuggestionInput input,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.execute(
                key, "POST /suggestions", input, () -> service.submit(input).created(uri.getAbsolutePathBuilder()));
    }

    @GET
    @Operation(
            operationId = "listSuggestions",
            summary = "List suggestions by region, year and status, newest first",
            description = "Staff see every suggestion with its contact masked; API clients see accepted suggestions"
                    + " only, without contact or submitter.")
    @APIResponse(
            responseCode = "200",
            description = "One page of suggestions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Pages.SuggestionPage.class)))
    public RestResponse<Page<SuggestionView>> list(
            @Parameter(
                            description = "Only suggestions for this region (GB/T 2260 code)",
                            example = Examples.REGION_CODE)
                    @QueryParam("region")
                    @Size(max = Codes.REGION_MAX_LENGTH)
                    String region,
            @Parameter(
                            description = YEAR_DESCRIPTION,
                            example = "2022",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "2000",
                                            maximum = "2100"))
                    @QueryParam("year")
                    String year,
            @Parameter(
                            description = "Only suggestions in this status (any case); API clients: ACCEPTED only",
                            schema = @Schema(implementation = Suggestion.Status.class))
                    @QueryParam("status")
                    String status,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uri) {
        return service.list(
                        Params.text(region),
                        Params.integer("year", year, 2000, 2100),
                        Params.enumValue("status", status, Suggestion.Status.class),
                        page)
                .toRestResponse(uri);
    }

    @GET
    @Path("/summary")
    @Operation(
            operationId = "getSuggestionSummary",
            summary = "How many suggestions a region collected for a year, by screening status",
            description = "Public counts (通州 collected 4,986): any reader.")
    @APIResponse(
            responseCode = "200",
            description = "The counts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SuggestionSummary.class)))
    public SuggestionSummary summary(
            @Parameter(required = true, description = "The region (GB/T 2260 code)", example = Examples.REGION_CODE)
                    @QueryParam("region")
                    @NotNull
                    @Size(max = Codes.REGION_MAX_LENGTH)
                    String region,
            @Parameter(
                            required = true,
                            description = YEAR_DESCRIPTION,
                            example = "2022",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "2000",
                                            maximum = "2100"))
                    @QueryParam("year")
                    @NotNull
                    String year) {
        return service.summary(region.strip(), Params.integer("year", year, 2000, 2100));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getSuggestion",
            summary = "Read one suggestion",
            description = "To API clients only an accepted suggestion exists (404 otherwise), without contact.")
    @APIResponse(
            responseCode = "200",
            description = "The suggestion",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SuggestionView.class)))
    public SuggestionView get(
            @Parameter(description = Docs.SUGGESTION_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id) {
        return service.read(Params.pathUuid("id", id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @POST
    @Path("/{id}/screening")
    @Operation(
            operationId = "screenSuggestion",
            summary = "Screen a suggestion once: ACCEPTED, MERGED into another, or REJECTED with the reason",
            description = "A rejection names the criterion or negative-list entry it fails (400 without); a merge"
                    + " names an accepted suggestion of the same region and year; 409 when already screened.")
    @APIResponse(
            responseCode = "200",
            description = "The suggestion as screened",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SuggestionView.class)))
    public Response screen(
            @Parameter(description = Docs.SUGGESTION_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Valid @NotNull ScreeningInput input) {
        return service.screen(Params.pathUuid("id", id), input).ok();
    }
}
