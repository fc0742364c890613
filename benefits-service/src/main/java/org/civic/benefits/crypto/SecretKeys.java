package org.civic.benefits.crypto;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.civic.benefits.config.BenefitsConfig;
import org.civic.common.crypto.KeyMaterial;
import org.civic.common.crypto.PersonalDataCipher;

/**
 * The service's three secret keys, decoded and checked at startup by common's {@link KeyMaterial}: a key that is
 * not base64 or too short stops the service, and so does a demo key (ASCII text starting "DEMO-ONLY") unless
 * {@code benefits.crypto.allow-demo-keys} is true, which only the dev, test and demo profiles set.
 * Error messages name the configuration property, never the key.
 */
@Startup
@ApplicationScoped
public class SecretKeys {

    /** Whose personal data the cipher seals (associated data: citizen id and field name). */
    static final String OWNER_KIND = "citizen";

    private final byte[] dataKey;
    private final byte[] lookupKey;
    private final byte[] signingKey;

    public SecretKeys(BenefitsConfig config) {
        boolean allowDemo = config.crypto().allowDemoKeys();
        dataKey =
                KeyMaterial.dataKey("benefits.crypto.data-key", config.crypto().dataKey(), allowDemo);
        lookupKey =
                KeyMaterial.decode("benefits.crypto.lookup-key", config.crypto().lookupKey(), allowDemo);
        signingKey =
                KeyMaterial.decode("benefits.pass.signing-key", config.pass().signingKey(), allowDemo);
    }

    @Produces
    @Singleton
    PersonalDataCipher personalDataCipher() {
        return new PersonalDataCipher(dataKey.clone(), OWNER_KIND);
    }

    byte[] lookupKey() {
        return lookupKey.clone();
    }

    byte[] signingKey() {
        return signingKey.clone();
    }
}
