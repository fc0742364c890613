package org.civic.common.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * A resource as a service hands it to the HTTP layer: its API view, the id that names it in a URL and, when it has
 * one, its row version (the ETag). Services map their entities inside their own transaction and return this;
 * resources build the answer from it and never see an entity (common/README.md, "Transactions and mapping").
 */
public record Stored<V>(V view, String id, Long version) {

    public static <V> Stored<V> of(V view, Object id, long version) {
        return new Stored<>(view, id.toString(), version);
    }

    /** For resources without a row version: their answers carry no ETag. */
    public static <V> Stored<V> unversioned(V view, Object id) {
        return new Stored<>(view, id.toString(), null);
    }

    /** 200 with the view and its ETag. */
    public Response ok() {
        return tagged(Response.ok(view)).build();
    }

    /**
     * 201 for a create: {@code Location} is {@code collection}/id, the body is the view, the ETag its version when it
     * has one. Inside {@code Idempotency.execute} all three are stored with the key and replayed on a retry.
     */
    public Response created(UriBuilder collection) {
        return tagged(Response.created(collection.path(id).build()).entity(view))
                .build();
    }

    /**
     * 201 without {@code Location}, for what has no URL of its own to be read at (it is read through its list, and
     * the body carries its id): a {@code Location} must name something a GET can read.
     */
    public Response createdWithoutLocation() {
        return tagged(Response.status(Response.Status.CREATED).entity(view)).build();
    }

    private Response.ResponseBuilder tagged(Response.ResponseBuilder response) {
        return version == null ? response : response.tag(ETags.of(version));
    }
}
