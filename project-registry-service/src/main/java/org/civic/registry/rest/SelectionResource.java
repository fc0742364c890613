package org.civic.registry.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.security.Roles;
import org.civic.common.web.Params;
import org.civic.registry.api.CandidateInput;
import org.civic.registry.api.CandidateView;
import org.civic.registry.api.VoteInput;
import org.civic.registry.api.VoteView;
import org.civic.registry.service.CandidateService;
import org.civic.registry.service.VoteService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A draft programme's shortlist and the deputies' vote on it (代表定). */
@Path("/programmes/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Selection", description = "Candidates, the deputies' vote and the projects it selects (群众提、代表定)")
public class SelectionResource {

    private final CandidateService candidates;
    private final VoteService votes;
    private final Idempotency idempotency;

    public SelectionResource(CandidateService candidates, VoteService votes, Idempotency idempotency) {
        this.candidates = candidates;
        this.votes = votes;
        this.idempotency = idempotency;
    }

    @GET
    @Path("/candidates")
    @Operation(
            operationId = "listCandidates",
            summary = "The programme's shortlist, ordered by code",
            description = "Each candidate with the suggestions behind it and, once a confirmed vote selected it, its"
                    + " project. A draft programme is 404 to API clients.")
    @APIResponse(
            responseCode = "200",
            description = "Every candidate of the programme",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = CandidateView.class)))
    public List<CandidateView> listCandidates(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id) {
        return candidates.list(Params.pathUuid("id", id));
    }

    @GET
    @Path("/candidates/{candidateId}")
    @Operation(operationId = "getCandidate", summary = "One candidate of the programme")
    @APIResponse(
            responseCode = "200",
            description = "The candidate",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CandidateView.class)))
    public Response getCandidate(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Parameter(
                            description = "The candidate's id",
                            schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("candidateId")
                    String candidateId) {
        return candidates
                .read(Params.pathUuid("id", id), Params.pathUuid("candidateId", candidateId))
                .ok();
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/candidates")
    @Operation(
            operationId = "createCandidate",
            summary = "Add a candidate to a draft programme's shortlist",
            description = "Its domain must be one of the programme's, its suggestions accepted ones (400 naming"
                    + " each that is not); 409 when the programme is no longer a draft or the code is taken.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
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
                            schema = @Schema(implementation = CandidateView.class)))
    @APIResponse(responseCode = "422", description = Docs.KEY_REUSED)
    public Response createCandidate(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Valid @NotNull CandidateInput input,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.execute(
                key,
                "POST /programmes/" + id + "/candidates",
                input,
                () -> candidates.create(Params.pathUuid("id", id), input).created(uri.getAbsolutePathBuilder()));
    }

    @GET
    @Path("/votes")
    @Operation(
            operationId = "listVotes",
            summary = "The programme's vote records, oldest first",
            description = "Corrections included: a superseded record stays, naming nothing; its correction names it.")
    @APIResponse(
            responseCode = "200",
            description = "Every vote record of the programme",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = VoteView.class)))
    public List<VoteView> listVotes(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id) {
        return votes.list(Params.pathUuid("id", id));
    }

    @GET
    @Path("/votes/{voteId}")
    @Operation(operationId = "getVote", summary = "One vote record with every candidate's outcome")
    @APIResponse(
            responseCode = "200",
            description = "The vote record",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VoteView.class)))
    public Response getVote(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Parameter(description = Docs.VOTE_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("voteId")
                    String voteId) {
        return votes.read(Params.pathUuid("id", id), Params.pathUuid("voteId", voteId))
                .ok();
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/votes")
    @Operation(
            operationId = "recordVote",
            summary = "Record a congress session's vote on the shortlist (or a correction of a record)",
            description = "The registry computes each candidate's outcome (README \"The deputies' vote\": pass rule,"
                    + " ranking, ties). 422 naming why when the quorum is not met, a candidate has more votes than"
                    + " deputies present, or the tally does not name every candidate once; 409 when the programme"
                    + " already has a vote (a correction names it in correctsVoteId, with a reason).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            headers = {
                @Header(
                        name = HttpHeaders.LOCATION,
                        description = Docs.LOCATION,
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VoteView.class)))
    @APIResponse(
            responseCode = "422",
            description = "The tally cannot be right: quorum not met (quorum-not-met), more votes than deputies present"
                    + " (tally-exceeds-present), more seats than candidates, or candidates missing or twice"
                    + " (tally-incomplete); or " + Docs.KEY_REUSED)
    public Response recordVote(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Valid @NotNull VoteInput input,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.execute(
                key,
                "POST /programmes/" + id + "/votes",
                input,
                () -> votes.record(Params.pathUuid("id", id), input).created(uri.getAbsolutePathBuilder()));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/votes/{voteId}/confirm")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(
            operationId = "confirmVote",
            summary = "Confirm a recorded vote: its SELECTED candidates become the programme's projects",
            description = "Each project keeps its lineage (GET /projects/{id}/lineage). A confirmed record never"
                    + " changes (409); a vote with a tie at the last seat cannot be confirmed (409 vote-tied).")
    @APIResponse(
            responseCode = "200",
            description = "The vote, CONFIRMED",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VoteView.class)))
    public Response confirmVote(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Parameter(description = Docs.VOTE_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("voteId")
                    String voteId) {
        return votes.confirm(Params.pathUuid("id", id), Params.pathUuid("voteId", voteId))
                .ok();
    }
}
