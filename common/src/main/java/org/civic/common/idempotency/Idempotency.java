package org.civic.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.web.Digests;

/**
 * {@code Idempotency-Key} for POSTs: the key row is inserted in the same transaction as the resource it
 * creates, so a retry (even a concurrent one, which waits on the key's primary key) replays the first
 * response instead of creating twice. The same key with a different body is refused with 422.
 *
 * <p>Keys are per caller, as Stripe's are per account: the stored digest covers the verified principal's name
 * with the key, so a key used by one identity is unknown to every other one (which then simply runs its own
 * request, and gets its own resource or its own 403). A replay is returned only after the operation's
 * authorization has been checked again (the {@code authorize} step), so a caller who has since lost the right
 * (an editor moved to another department) gets 403 rather than the stored answer; roles are checked by
 * {@code @RolesAllowed} before any of this runs. A present but blank key is a 400.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 200;
    /** How the API documents the header, and the 422 it can cause, on every operation that accepts it. */
    public static final String HEADER_DESCRIPTION = "Optional; makes a retry safe. The same key with the same body, "
            + "from the same caller, answers the first result again (with Idempotent-Replayed: true) instead of doing "
            + "it twice; the same key with another body is a 422. 1 to " + MAX_KEY_LENGTH + " visible ASCII "
            + "characters, e.g. a UUID";

    public static final String KEY_REUSED = "the Idempotency-Key was already used with a different body";
    public static final String EXAMPLE = "2b9c8e4a-7f1d-4c3e-9a6b-5d0e1f2a3b4c";
    /** What a key may be (the OpenAPI document's pattern, anchored there): visible ASCII, at most {@link #MAX_KEY_LENGTH}. */
    public static final String KEY_PATTERN = "[\\x21-\\x7E]{1," + MAX_KEY_LENGTH + "}";

    private static final Pattern KEY = Pattern.compile(KEY_PATTERN);

    private static final Runnable ROLES_ONLY = () -> {};

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Caller caller;
    private final Instance<HttpServerRequest> request;

    public Idempotency(
            EntityManager entityManager,
            ObjectMapper objectMapper,
            Caller caller,
            Instance<HttpServerRequest> request) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.caller = caller;
        this.request = request;
    }

    /** For operations whose authorization is their {@code @RolesAllowed} alone. */
    @Transactional
    public Response execute(String key, String scope, Object request, Supplier<Response> action) {
        return execute(key, scope, request, ROLES_ONLY, action);
    }

    /**
     * Runs {@code action} once per (scope, key). {@code scope} names the operation and target (for example
     * the request path), {@code request} is the parsed body whose canonical JSON is compared on a retry.
     * {@code authorize} runs before a stored response is replayed and throws (a 403 problem) when the caller
     * may not perform the operation; on a first execution {@code action} checks the same itself.
     */
    @Transactional
    public Response execute(String key, String scope, Object request, Runnable authorize, Supplier<Response> action) {
        key = key != null ? key : rawHeader();
        if (key == null) {
            return action.get();
        }
        if (key.isBlank()) {
            throw ProblemException.badRequest(HEADER, "must not be blank; leave the header out to send no key");
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
        String hash = hash(request);
        // Only a digest of caller and key is stored: clients sometimes build keys from personal data, and a key
        // is the caller's own (another identity with the same key gets a different digest).
        String principal = caller.name();
        String storedKey = Digests.sha256Hex(principal.length() + ":" + principal + ":" + key);
        int inserted = entityManager
                .createNativeQuery("""
                INSERT INTO idempotency_record (scope, idempotency_key, request_hash)
                VALUES (:scope, :key, :hash) ON CONFLICT DO NOTHING""")
                .setParameter("scope", scope)
                .setParameter("key", storedKey)
                .setParameter("hash", hash)
                .executeUpdate();
        if (inserted == 0) {
            authorize.run();
            return replay(scope, key, storedKey, hash);
        }
        Response response = action.get();
        entityManager
                .createNativeQuery("""
                UPDATE idempotency_record SET response_status = :status, response_body = :body,
                       response_location = :location, response_etag = :etag
                WHERE scope = :scope AND idempotency_key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("body", toJson(response.getEntity()))
                .setParameter(
                        "location",
                        response.getLocation() == null
                                ? null
                                : response.getLocation().toString())
                .setParameter("etag", response.getHeaderString(HttpHeaders.ETAG))
                .setParameter("scope", scope)
                .setParameter("key", storedKey)
                .executeUpdate();
        return response;
    }

    private Response replay(String scope, String key, String storedKey, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                SELECT request_hash, response_status, response_body, response_location, response_etag
                FROM idempotency_record WHERE scope = :scope AND idempotency_key = :key""")
                .setParameter("scope", scope)
                .setParameter("key", storedKey)
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ProblemException.unprocessable(
                    "idempotency-key-reused",
                    "Idempotency-Key " + key + " was already used with a different request body.");
        }
        Response.ResponseBuilder builder =
                Response.status(((Number) row[1]).intValue()).header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            builder.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            builder.header(HttpHeaders.LOCATION, row[3]);
        }
        if (row[4] != null) {
            builder.header(HttpHeaders.ETAG, row[4]);
        }
        return builder.build();
    }

    /** A header sent empty ({@code Idempotency-Key:}) reaches the resource as no header at all. */
    private String rawHeader() {
        if (!request.isResolvable()) {
            return null;
        }
        try {
            List<String> values = request.get().headers().getAll(HEADER);
            if (values.size() > 1) {
                throw ProblemException.badRequest(HEADER, "must be sent once");
            }
            return values.isEmpty() ? null : values.get(0);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private String hash(Object request) {
        return Digests.sha256Hex(toJson(request));
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
