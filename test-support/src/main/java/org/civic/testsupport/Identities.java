package org.civic.testsupport;

import io.restassured.RestAssured;
import io.restassured.config.HeaderConfig;
import io.restassured.filter.Filter;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.civic.common.security.GatewayIdentity;
import org.civic.common.security.Roles;

/**
 * Gateway identities for tests that call a service directly, signed with the demo key that the test profile
 * trusts. Before each test, {@link DefaultIdentityCallback} makes every request carry {@link #TEST_ADMIN}'s;
 * a test switches with {@link #actAs} or sends its own {@code Authorization} header, which then wins.
 */
public final class Identities {

    public static final String TEST_ADMIN = "staff:test-admin";
    private static final Duration LIFETIME = Duration.ofHours(6);
    private static PrivateKey key;
    private static volatile String current;
    /** A filter, not a request specification: a specification would pin the port before Quarkus sets it. */
    private static final Filter DEFAULT_AUTHORIZATION = (request, response, context) -> {
        if (current != null && !request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", current);
        }
        return context.next(request, response);
    };

    private Identities() {}

    public static String bearer(String name, String... groups) {
        return bearer(name, null, groups);
    }

    public static String bearer(String name, UUID department, String... groups) {
        return "Bearer "
                + GatewayIdentity.sign(
                        key(), name, Set.of(groups), department == null ? null : department.toString(), LIFETIME);
    }

    public static String editorOf(UUID department) {
        return bearer("staff:test-editor", department, Roles.EDITOR);
    }

    /** Every request of the current test carries this identity, unless it sends its own Authorization. */
    public static void actAs(String bearer) {
        current = bearer;
        // A request that names its own identity replaces an earlier one (say, a shared specification's).
        RestAssured.config = RestAssured.config()
                .headerConfig(HeaderConfig.headerConfig()
                        .overwriteHeadersWithName("Authorization", "Content-Type", "Accept"));
        if (!RestAssured.filters().contains(DEFAULT_AUTHORIZATION)) {
            RestAssured.filters(DEFAULT_AUTHORIZATION);
        }
    }

    /** Requests of the current test carry no identity (unless they send one). */
    public static void actAsNobody() {
        actAs(null);
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
            try {
                key = KeyUtils.readPrivateKey("demo-keys/identity-private.pem");
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the demo identity key from common", e);
            }
        }
        return key;
    }
}
