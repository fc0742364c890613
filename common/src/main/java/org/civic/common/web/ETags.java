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

    /** How the API documents these headers (OpenAPI descriptions shared by every operation that uses them). */
    public static final String ETAG_DESCRIPTION = "The resource's version, e.g. \"3\": send it in If-Match to change "
            + "the resource, or in If-None-Match to read it again only when it has changed";

    public static final String IF_MATCH_REQUIRED = "The ETag you read, e.g. \"3\" (W/\"3\" is accepted). Required: "
            + "without it the answer is 428, and 412 when the resource has changed since you read it";
    public static final String IF_MATCH_OPTIONAL = "The ETag you read, e.g. \"3\" (W/\"3\" is accepted); when sent "
            + "and the resource has changed since, the answer is 412 and nothing changes";
    public static final String IF_NONE_MATCH_DESCRIPTION =
            "An ETag you hold, e.g. \"3\"; while it is current the " + "answer is 304 without a body";
    public static final String NOT_MODIFIED = "Not modified: If-None-Match names the current version";
    public static final String EXAMPLE = "\"3\"";
    /**
     * The longest If-Match or If-None-Match taken ({@link ConditionalHeaders}): an ETag here is a version number or a
     * digest, so this holds one with room for a short list.
     */
    public static final int MAX_HEADER_LENGTH = 100;

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the entity and its ETag, or 304 when the caller's {@code If-None-Match} already has it. */
    public static Response conditional(Request request, Object entity, long version) {
        EntityTag tag = of(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null
                ? notModified.build()
                : Response.ok(entity).tag(tag).build();
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
