package org.civic.gateway.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.civic.common.openapi.ErrorResponses;
import org.civic.common.security.Roles;
import org.civic.common.web.PageRequest;
import org.civic.common.web.PageSchema;
import org.civic.common.web.Params;
import org.civic.gateway.api.DeliveryView;
import org.civic.gateway.api.Examples;
import org.civic.gateway.api.WebhookInput;
import org.civic.gateway.api.WebhookView;
import org.civic.gateway.security.GatewayGuard;
import org.civic.gateway.service.PublicPath;
import org.civic.gateway.service.Webhooks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An API client's webhooks; the caller key header is the client's id, as GatewayGuard verified it. */
@Path(PublicPath.ROOT + "/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Webhooks",
        description = "Changes POSTed to an app as they commit: signed, retried for 24 h, logged (README \"Webhooks\")")
@SecurityRequirement(name = "ApiKey", scopes = Roles.PUBLIC_READ) // AccessRules: API clients with public:read only
public class WebhookResource {

    private static final String DELIVERY =
            "Each delivery is a POST of {id, type, source, cursor, recordedAt, data} with"
                    + " the headers Webhook-Id (the event id, the same on every retry: deduplicate by it), Webhook-Timestamp"
                    + " (Unix seconds) and Webhook-Signature: v1=<hex HMAC-SHA256 of \"<Webhook-Timestamp>.<raw body>\" keyed"
                    + " with the secret>. Answer 2xx within 10 s; anything else is retried after 30 s, doubling up to 1 h,"
                    + " until 24 h after the first attempt. Drafts' changes are never sent.";

    private final Webhooks webhooks;

    public WebhookResource(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // a random id: nothing to collide with
    @Operation(
            operationId = "createWebhook",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Register a webhook; the answer is the only time its signing secret is shown",
            description = "The URL must be http(s) on a public address (loopback, link-local and private ranges are"
                    + " refused with 400). It receives the changes recorded from now on. " + DELIVERY)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookInput.class),
                            examples = @ExampleObject(name = "newsApp", value = Examples.WEBHOOK_INPUT)))
    @APIResponse(
            responseCode = "201",
            description = "The webhook, with its secret (shown this once).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookView.class),
                            examples = @ExampleObject(name = "newsApp", value = Examples.WEBHOOK_CREATED)))
    public Response create(
            @Valid @NotNull WebhookInput input,
            @Parameter(hidden = true) @HeaderParam(GatewayGuard.CALLER_KEY) String client,
            @Context UriInfo uri) {
        return webhooks.register(owner(client), input).created(uri.getAbsolutePathBuilder());
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The caller's webhooks (never their secrets)")
    @APIResponse(
            responseCode = "200",
            description = "Every webhook of the calling API client.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookView.class),
                            examples = @ExampleObject(name = "newsApp", value = Examples.WEBHOOKS)))
    public List<WebhookView> list(@Parameter(hidden = true) @HeaderParam(GatewayGuard.CALLER_KEY) String client) {
        return webhooks.list(owner(client));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getWebhook",
            summary = "One of the caller's webhooks",
            description = "Another client's webhook is 404.")
    @APIResponse(
            responseCode = "200",
            description = "The webhook.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookView.class),
                            examples = @ExampleObject(name = "newsApp", value = Examples.WEBHOOK)))
    public WebhookView read(
            @Parameter(description = "The webhook's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Parameter(hidden = true) @HeaderParam(GatewayGuard.CALLER_KEY) String client) {
        return webhooks.read(owner(client), Params.pathUuid("id", id));
    }

    @DELETE
    @Path("/{id}")
    // one row and its log, gone at once
    @Operation(
            operationId = "deleteWebhook",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Delete one of the caller's webhooks and its delivery log",
            description = "Pending deliveries are not sent. Another client's webhook is 404.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(
            @Parameter(description = "The webhook's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Parameter(hidden = true) @HeaderParam(GatewayGuard.CALLER_KEY) String client) {
        webhooks.delete(owner(client), Params.pathUuid("id", id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "A webhook's delivery log, newest first",
            description = "Per event: attempts, the last status code or error, the next attempt, delivered or failed.")
    @APIResponse(
            responseCode = "200",
            description = "A page of deliveries (Link and X-Total-Count headers as on every list).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryPage.class),
                            examples = @ExampleObject(name = "retried", value = Examples.DELIVERIES)))
    public Response deliveries(
            @Parameter(description = "The webhook's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Valid @BeanParam PageRequest page,
            @Parameter(hidden = true) @HeaderParam(GatewayGuard.CALLER_KEY) String client,
            @Context UriInfo uri) {
        return webhooks.deliveries(owner(client), Params.pathUuid("id", id), page)
                .toResponse(uri);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    // resending is harmless: the receiver deduplicates by Webhook-Id
    @Operation(
            operationId = "redeliverWebhookDelivery",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Send a delivery again (same event id and body), with a fresh 24 h of retries",
            description = "For a delivery that failed, or one to replay. It is sent on the dispatcher's next tick.")
    @APIResponse(
            responseCode = "202",
            description = "Queued; the log shows the attempt once made.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryView.class),
                            examples = @ExampleObject(name = "queued", value = Examples.DELIVERY_QUEUED)))
    public Response redeliver(
            @Parameter(description = "The webhook's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Parameter(description = "The delivery's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("deliveryId")
                    String deliveryId,
            @Parameter(hidden = true) @HeaderParam(GatewayGuard.CALLER_KEY) String client) {
        return Response.accepted(webhooks.redeliver(
                        owner(client), Params.pathUuid("id", id), Params.pathUuid("deliveryId", deliveryId)))
                .build();
    }

    /** AccessRules let only API clients with public:read this far, so the key is the client's id. */
    private static UUID owner(String client) {
        return UUID.fromString(client);
    }

    /** The delivery log's page, as the OpenAPI document names it (documentation only). */
    @Schema(name = "DeliveryPage")
    public static final class DeliveryPage extends PageSchema<DeliveryView> {}
}
