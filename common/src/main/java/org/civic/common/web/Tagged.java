package org.civic.common.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * An answer known by its ETag before it is made: the tag names the versions of everything the body is made of, so a
 * caller that already has it gets 304 and the body is never computed.
 */
public record Tagged<T>(EntityTag tag, Supplier<T> body) {

    /** 200 with the body and the tag, or 304 when the caller's {@code If-None-Match} names the tag. */
    public Response.ResponseBuilder conditional(Request request) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified : Response.ok(body.get()).tag(tag);
    }

    /** A strong tag for data identified by {@code parts}: the first 20 hex digits of their SHA-256. */
    public static EntityTag of(Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            key.append(part).append('|');
        }
        return new EntityTag(Digests.sha256Hex(key.toString()).substring(0, 20));
    }
}
