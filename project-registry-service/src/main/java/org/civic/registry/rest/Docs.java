package org.civic.registry.rest;

import org.civic.common.idempotency.Idempotency;

/** Texts that several operations' OpenAPI annotations share (annotation values must be constants). */
final class Docs {

    static final String UUID = "uuid";
    /** The longest free text a search parameter ({@code q}) takes. */
    static final int QUERY_TEXT_MAX_LENGTH = 100;

    static final String PROGRAMME_ID = "The programme's id";
    static final String PROJECT_ID = "The project's id";
    static final String ETAG =
            "The resource's version: send it as If-Match to change the resource, or as If-None-Match "
                    + "to revalidate";
    static final String LIST_ETAG = "A digest of this answer: send it as If-None-Match to revalidate";
    static final String IF_NONE_MATCH = "An ETag you hold; when it is still current the answer is 304 without a body";
    static final String IF_MATCH = "The ETag you read (e.g. \"3\"). Required: without it the answer is 428; when the "
            + "resource has changed since, 412, and nothing changes";
    static final String IDEMPOTENCY_KEY = "Optional, 1 to " + Idempotency.MAX_KEY_LENGTH + " visible ASCII characters, "
            + "your own (other callers' keys never collide with yours): a retry with the same key and body gets the first "
            + "answer again, with Idempotent-Replayed: true, and creates nothing; the same key with another body is a 422";
    static final String REPLAYED =
            "true when this answer is the replay of an earlier request with the same " + "Idempotency-Key";
    static final String LOCATION = "The URL of the new resource";
    static final String NOT_MODIFIED = "Not modified: your If-None-Match names the current version";
    static final String KEY_REUSED = "The Idempotency-Key was already used with another body";
    static final String PUT_BACK = " The body of a GET may be sent back whole, changed: its output-only fields are "
            + "ignored, and its id must be the path's (else 400).";

    private Docs() {}
}
