package org.civic.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civic.gateway.config.GatewayConfig;

/**
 * Which service owns a public path under /api/v1. Progress owns a project's milestones, reports,
 * status and indicator series and a programme's summary and series; everything else about projects and
 * programmes is the registry's; benefits owns programmes of benefits, citizens, eligibility and
 * verifications.
 */
@ApplicationScoped
public class Routes {

    /** The services behind the gateway: how an answer names each, and the prefix of its schemas in the merged document. */
    public enum Service {
        REGISTRY("project registry", "Registry"),
        PROGRESS("progress service", "Progress"),
        BENEFITS("benefits service", "Benefits");

        private final String title;
        private final String schemaPrefix;

        Service(String title, String schemaPrefix) {
            this.title = title;
            this.schemaPrefix = schemaPrefix;
        }

        public String title() {
            return title;
        }

        public String schemaPrefix() {
            return schemaPrefix;
        }
    }

    public record Target(Service service, String baseUrl) {}

    /** The gateway's own operations: its views, admin API and documentation are never forwarded. */
    private static final Pattern GATEWAY =
            Pattern.compile("^projects/[^/]+/overview$|^programmes/[^/]+/dashboard$|^citizens/[^/]+/benefits$"
                    + "|^(admin|openapi|docs|changes|webhooks)(/.*|\\..*)?$");

    private static final Pattern PROGRESS =
            Pattern.compile("^(milestones|reports|status|supervision-notices|evaluations|snapshots)(/.*)?$"
                    + "|^projects/[^/]+/(milestones|reports|status|indicators|supervision-notices)(/.*)?$"
                    + "|^programmes/[^/]+/(summary|series|bulletin|snapshots)$");
    private static final Pattern REGISTRY = Pattern.compile("^(regions|departments|programmes|projects)(/.*)?$");
    private static final Pattern BENEFITS =
            Pattern.compile("^(benefit-programmes|citizens|eligibility|verifications)(/.*)?$");

    /**
     * Answers about citizens (their data, eligibility, passes), API clients (a new key is shown once) and webhooks (a
     * new signing secret is shown once).
     */
    private static final Pattern PERSONAL = Pattern.compile(
            "^" + Pattern.quote(PublicPath.PREFIX) + "(citizens|eligibility|verifications|admin|webhooks)(/.*)?$");

    private final GatewayConfig config;

    public Routes(GatewayConfig config) {
        this.config = config;
    }

    /** Whether answers on this full path (as served, starting with /api/v1/) must never be stored by any cache. */
    public static boolean carriesPersonalData(String fullPath) {
        return PERSONAL.matcher(fullPath).matches();
    }

    /** The service that owns a decoded path below /api/v1/, empty for the gateway's own operations and unknown paths. */
    public Optional<Target> route(String path) {
        if (GATEWAY.matcher(path).matches()) {
            return Optional.empty();
        }
        if (PROGRESS.matcher(path).matches()) {
            return Optional.of(target(Service.PROGRESS));
        }
        if (REGISTRY.matcher(path).matches()) {
            return Optional.of(target(Service.REGISTRY));
        }
        if (BENEFITS.matcher(path).matches()) {
            return Optional.of(target(Service.BENEFITS));
        }
        return Optional.empty();
    }

    /** Where the gateway reaches {@code service} (gateway.services.* in application.properties). */
    public String baseUrl(Service service) {
        return switch (service) {
            case REGISTRY -> config.services().registry();
            case PROGRESS -> config.services().progress();
            case BENEFITS -> config.services().benefits();
        };
    }

    private Target target(Service service) {
        return new Target(service, baseUrl(service));
    }
}
