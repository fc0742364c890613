package org.civic.benefits.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civic.benefits.api.KeySet;
import org.civic.benefits.api.RevocationList;
import org.civic.benefits.api.SigningKeyView;
import org.civic.benefits.service.PassKeyService;
import org.civic.benefits.service.PassService;
import org.civic.common.openapi.ErrorResponses;
import org.civic.common.security.Roles;
import org.civic.common.web.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;

/** What an offline validator needs: the public key set, a signed revocation list; and the rotation of the key. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verification")
public class PassKeyResource {

    /** Validators may cache the key set this long; a rotated-out key stays published far longer (a pass's life). */
    private static final int KEY_SET_MAX_AGE_SECONDS = 300;

    private final PassKeyService keys;
    private final PassService passes;

    public PassKeyResource(PassKeyService keys, PassService passes) {
        this.keys = keys;
        this.passes = passes;
    }

    @PermitAll
    @GET
    @Path(".well-known/jwks.json")
    @Operation(
            operationId = "getPassKeySet",
            summary = "The public keys passes and revocation lists are signed with (JWK Set, ES256)",
            description = "A validator verifies a pass offline with these alone: the token's kid names the key. After "
                    + "a rotation the previous key stays listed until every pass it signed has expired. Through the "
                    + "gateway: /api/v1/.well-known/jwks.json.")
    @APIResponse(
            responseCode = "200",
            description = "The key set",
            headers =
                    @Header(
                            name = "Cache-Control",
                            description = "public, max-age=300",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeySet.class)))
    public Response keySet() {
        KeySet set = new KeySet(keys.published().getJsonWebKeys().stream()
                .map(PassKeyResource::key)
                .toList());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(KEY_SET_MAX_AGE_SECONDS);
        return Response.ok(set).cacheControl(cache).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.BENEFITS_VERIFY})
    @GET
    @Path("passes/revocations")
    @Operation(
            operationId = "getPassRevocations",
            summary = "The signed list of passes revoked since a moment that have not expired",
            description = "Short by construction (passes live minutes). Verify token with the key set; keep issuedAt "
                    + "as the next since. A pass on the list is refused offline as online (PASS_REVOKED).")
    @APIResponse(
            responseCode = "200",
            description = "The revocation list, signed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RevocationList.class)))
    public RevocationList revocations(
            @Parameter(
                            description = "Only passes revoked after this moment (ISO-8601 with offset); default all "
                                    + "live revoked passes",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35),
                            example = "2025-03-12T09:15:00+08:00")
                    @QueryParam("since")
                    String since) {
        return passes.revocations(Params.instant("since", since));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("passes/signing-keys")
    @Operation(
            operationId = "rotatePassSigningKey",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Rotate the pass signing key: a new key signs from now",
            description = "The previous key stays in the key set, and verifies its passes, until they have expired.")
    @APIResponse(
            responseCode = "201",
            description = "The new signing key",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SigningKeyView.class)))
    public Response rotate() {
        return Response.status(Response.Status.CREATED)
                .entity(new SigningKeyView(keys.rotate().toString()))
                .build();
    }

    private static KeySet.Key key(JsonWebKey jwk) {
        EllipticCurveJsonWebKey ec = (EllipticCurveJsonWebKey) jwk;
        var params = ec.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        return new KeySet.Key(
                ec.getKeyType(),
                ec.getCurveName(),
                (String) params.get("x"),
                (String) params.get("y"),
                ec.getKeyId(),
                ec.getUse(),
                ec.getAlgorithm());
    }
}
