package org.civic.gateway;

import java.util.Locale;

/** The services behind the gateway, as its tests start or stub them: each one's module and the gateway's setting for its URL. */
enum Sibling {
    REGISTRY("project-registry-service"),
    PROGRESS("progress-tracking-service"),
    BENEFITS("benefits-service");

    final String module;

    Sibling(String module) {
        this.module = module;
    }

    /** The key of the gateway's configuration that holds this service's base URL (see GatewayConfig.Services). */
    String urlProperty() {
        return "gateway.services." + name().toLowerCase(Locale.ROOT);
    }
}
