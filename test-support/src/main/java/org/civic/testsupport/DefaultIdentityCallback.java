package org.civic.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import org.civic.common.security.GatewayIdentity;
import org.civic.common.security.Roles;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In a service that trusts gateway identities, each test starts as an admin (tests about who may do what
 * switch with {@link Identities#actAs}). Elsewhere (the gateway) it does nothing.
 */
public class DefaultIdentityCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean trustsGateway = ConfigProvider.getConfig()
                .getOptionalValue("mp.jwt.verify.issuer", String.class)
                .filter(GatewayIdentity.ISSUER::equals)
                .isPresent();
        if (trustsGateway) {
            Identities.actAs(Identities.bearer(Identities.TEST_ADMIN, Roles.ADMIN));
        }
    }
}
