package org.civic.registry.crypto;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.civic.common.crypto.KeyMaterial;
import org.civic.common.crypto.PersonalDataCipher;
import org.civic.registry.config.RegistryCrypto;

/**
 * The registry's data key, decoded and checked at startup by common's {@link KeyMaterial} (a demo key stops the
 * service unless {@code registry.crypto.allow-demo-keys}, set only by the dev, test and demo profiles), and the
 * cipher that seals suggestions' contact data with it.
 */
@Startup
@ApplicationScoped
public class RegistryKeys {

    /** Whose personal data the cipher seals (associated data: suggestion id and field name). */
    public static final String OWNER_KIND = "suggestion";

    private final byte[] dataKey;

    public RegistryKeys(RegistryCrypto config) {
        dataKey = KeyMaterial.dataKey("registry.crypto.data-key", config.dataKey(), config.allowDemoKeys());
    }

    @Produces
    @Singleton
    PersonalDataCipher personalDataCipher() {
        return new PersonalDataCipher(dataKey.clone(), OWNER_KIND);
    }
}
