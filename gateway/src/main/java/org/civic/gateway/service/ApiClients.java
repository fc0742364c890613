package org.civic.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Digests;
import org.civic.common.web.Times;
import org.civic.gateway.api.ClientInput;
import org.civic.gateway.api.ClientView;
import org.civic.gateway.entity.ApiClient;
import org.civic.gateway.repository.ApiClientRepository;

/** Creates, lists and revokes API clients; keys are random, shown once and stored as SHA-256. */
@ApplicationScoped
public class ApiClients {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Keys are checked on every call; a short cache spares the database, and a revocation clears it. */
    private static final java.time.Duration KEY_CACHE = java.time.Duration.ofSeconds(30);

    private record Cached(Optional<ApiClient> client, java.time.Instant until) {
    }

    private final ApiClientRepository clients;
    private final java.util.Map<String, Cached> byKeyHash = new java.util.concurrent.ConcurrentHashMap<>();

    public ApiClients(ApiClientRepository clients) {
        this.clients = clients;
    }

    @Transactional
    public ClientView create(ClientInput input, String createdBy) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "civ_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.name = input.name().strip();
        client.keyHash = Digests.sha256Hex(key);
        client.keyPrefix = key.substring(0, 10);
        client.scopes = String.join(" ", input.scopes().stream().distinct().sorted().toList());
        client.ratePerMinute = input.ratePerMinute();
        client.createdAt = Times.now();
        client.createdBy = createdBy;
        clients.persist(client);
        return view(client, key);
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
        byKeyHash.clear();
    }

    public Optional<ApiClient> byKey(String key) {
        String hash = Digests.sha256Hex(key);
        Cached cached = byKeyHash.get(hash);
        if (cached == null || cached.until().isBefore(java.time.Instant.now())) {
            if (byKeyHash.size() > 10_000) {
                byKeyHash.clear(); // bounded: unknown keys sent by a flood must not grow it forever
            }
            cached = new Cached(clients.activeByKeyHash(hash), java.time.Instant.now().plus(KEY_CACHE));
            byKeyHash.put(hash, cached);
        }
        return cached.client();
    }

    private static ClientView view(ApiClient client, String key) {
        return new ClientView(client.id, client.name, List.copyOf(client.scopeSet()), client.ratePerMinute,
                client.keyPrefix, client.createdAt, client.createdBy, client.revokedAt, key);
    }
}
