package org.civic.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Digests;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.gateway.api.ClientInput;
import org.civic.gateway.api.ClientView;
import org.civic.gateway.entity.ApiClient;
import org.civic.gateway.repository.ApiClientRepository;

/** Creates, lists and revokes API clients; keys are random, shown once and stored as SHA-256. */
@ApplicationScoped
public class ApiClients {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_PREFIX = "civ_";
    /** "civ_" and 32 random bytes in unpadded base64url. */
    private static final Pattern KEY_SHAPE = Pattern.compile("civ_[A-Za-z0-9_-]{43}");

    private final ApiClientRepository clients;
    /**
     * Keys are checked on every call: a short cache spares the database, unknown keys included (so a repeated
     * wrong key costs one lookup); bounded by size with Caffeine's eviction, which keeps the keys in real use
     * when a flood of guessed keys arrives. A revocation clears it.
     */
    private final Cache<String, Optional<ApiClient>> byKeyHash = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(30))
            .build();

    public ApiClients(ApiClientRepository clients) {
        this.clients = clients;
    }

    /** Whether a value can be a key at all: anything else is refused without a lookup. */
    public static boolean looksLikeKey(String value) {
        return KEY_SHAPE.matcher(value).matches();
    }

    /** The new client with its key, shown this once; clients carry no ETag. */
    @Transactional
    public Stored<ClientView> create(ClientInput input, String createdBy) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.name = input.name().strip();
        client.keyHash = Digests.sha256Hex(key);
        client.keyPrefix = key.substring(0, 10);
        client.scopes =
                String.join(" ", input.scopes().stream().distinct().sorted().toList());
        client.ratePerMinute = input.ratePerMinute();
        client.createdAt = Times.now();
        client.createdBy = createdBy;
        clients.persist(client);
        return Stored.unversioned(view(client, key), client.id);
    }

    public List<ClientView> list() {
        return clients.listAll().stream().map(c -> view(c, null)).toList();
    }

    @Transactional
    public void revoke(UUID id) {
        ApiClient client = clients.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("API client", id));
        if (client.revokedAt == null) {
            client.revokedAt = Times.now();
        }
        byKeyHash.invalidateAll();
    }

    /** What the cache knows of this key without asking the database: empty when it knows nothing. */
    public Optional<Optional<ApiClient>> cached(String key) {
        return Optional.ofNullable(byKeyHash.getIfPresent(Digests.sha256Hex(key)));
    }

    /** Also called off any request (the event-loop pass-through looks unknown keys up on a worker thread). */
    @ActivateRequestContext
    public Optional<ApiClient> byKey(String key) {
        return byKeyHash.get(Digests.sha256Hex(key), clients::activeByKeyHash);
    }

    private static ClientView view(ApiClient client, String key) {
        return new ClientView(
                client.id,
                client.name,
                List.copyOf(client.scopeSet()),
                client.ratePerMinute,
                client.keyPrefix,
                client.createdAt,
                client.createdBy,
                client.revokedAt,
                key);
    }
}
