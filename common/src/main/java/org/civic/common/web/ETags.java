package org.civic.common.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.civic.common.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its row version; a write must name the version
 * it read in {@code If-Match}, and a stale one is refused with 412 before anything changes.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the entity and its ETag, or 304 when the caller's {@code If-None-Match} already has it. */
    public static Response conditional(Request request, Object entity, long version) {
        EntityTag tag = of(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified.build() : Response.ok(entity).tag(tag).build();
    }

    /** The version the caller claims to have read, from an {@code If-Match} header such as {@code "3"} or {@code W/"3"}. */
    public static long requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "Send If-Match with the ETag you read, so that concurrent changes are not lost.");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed("If-Match " + ifMatch + " is not an ETag of this resource.");
        }
    }

    /** Fails with 412 unless the caller read the current version. */
    public static void checkMatches(String ifMatch, long currentVersion) {
        if (requireVersion(ifMatch) != currentVersion) {
            throw ProblemException.preconditionFailed("The resource has changed since you read it (your ETag "
                    + ifMatch.trim() + ", current \"" + currentVersion + "\"); read it again and retry.");
        }
    }
}
