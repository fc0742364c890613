package org.civic.registry.config;

import io.smallrye.config.ConfigMapping;

/**
 * Where the public reaches this registry: through the gateway, never at the service's own address. Every absolute URL
 * the registry writes into a body (the OC4IDS package's {@code uri}) starts with it. Headers (Location, Link) stay
 * the service's own; the gateway rewrites those.
 */
@ConfigMapping(prefix = "registry")
public interface PublicUrls {

    /**
     * The gateway's public API root, e.g. {@code https://projects.example.gov.cn/api/v1} (env REGISTRY_PUBLIC_BASE_URL;
     * the local default is in application.properties).
     */
    String publicBaseUrl();

    /** {@code path} (starting with {@code /}) under the public base URL. */
    default String of(String path) {
        String base = publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
