package org.civic.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Digests;

/**
 * {@code Idempotency-Key} for POSTs: the key row is inserted in the same transaction as the resource it
 * creates, so a retry (even a concurrent one, which waits on the key's primary key) replays the first
 * response instead of creating twice. The same key with a different body is refused with 422.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public Idempotency(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /**
     * Runs {@code action} once per (scope, key). {@code scope} names the operation and target (for example
     * the request path), {@code request} is the parsed body whose canonical JSON is compared on a retry.
     */
    @Transactional
    public Response execute(String key, String scope, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        String hash = hash(request);
        // Only a digest of the key is stored: clients sometimes build keys from personal data.
        String storedKey = Digests.sha256Hex(key);
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO idempotency_record (scope, idempotency_key, request_hash)
                VALUES (:scope, :key, :hash) ON CONFLICT DO NOTHING""")
                .setParameter("scope", scope).setParameter("key", storedKey).setParameter("hash", hash)
                .executeUpdate();
        if (inserted == 0) {
            return replay(scope, key, storedKey, hash);
        }
        Response response = action.get();
        entityManager.createNativeQuery("""
                UPDATE idempotency_record SET response_status = :status, response_body = :body,
                       response_location = :location, response_etag = :etag
                WHERE scope = :scope AND idempotency_key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("body", toJson(response.getEntity()))
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("etag", response.getHeaderString(HttpHeaders.ETAG))
                .setParameter("scope", scope).setParameter("key", storedKey)
                .executeUpdate();
        return response;
    }

    private Response replay(String scope, String key, String storedKey, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT request_hash, response_status, response_body, response_location, response_etag
                FROM idempotency_record WHERE scope = :scope AND idempotency_key = :key""")
                .setParameter("scope", scope).setParameter("key", storedKey).getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "Idempotency-Key " + key + " was already used with a different request body.");
        }
        Response.ResponseBuilder builder = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED_HEADER, "true");
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
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
