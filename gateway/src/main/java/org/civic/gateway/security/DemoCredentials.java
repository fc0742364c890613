package org.civic.gateway.security;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.GatewayIdentity;
import org.civic.gateway.api.ClientInput;
import org.civic.gateway.config.GatewayConfig;
import org.civic.gateway.service.ApiClients;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo credentials, for the demo, dev and test profiles only: staff tokens signed with the demo key that
 * ships in this module, and two fresh API clients. In any other profile the gateway refuses to start
 * while it would still trust a demo key (common's DemoKeyGuard).
 */
@ApplicationScoped
public class DemoCredentials {

    private static final Duration VALID_FOR = Duration.ofHours(12);

    private final boolean enabled;
    private final String issuer;
    private final ApiClients clients;

    public DemoCredentials(GatewayConfig config,
                           @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer, ApiClients clients) {
        this.enabled = config.demoCredentials();
        this.issuer = issuer;
        this.clients = clients;
    }

    public Map<String, String> issue(UUID editorDepartment) {
        if (!enabled) {
            throw ProblemException.notFound("Demo credentials", "(only in the demo profile)");
        }
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("ADMIN_TOKEN", token("demo-admin", Set.of("admin"), null));
        credentials.put("DASHBOARD_TOKEN", token("demo-dashboard", Set.of("dashboard"), null));
        credentials.put("REVIEWER_TOKEN", token("demo-reviewer", Set.of("reviewer"), null));
        credentials.put("BENEFITS_OFFICER_TOKEN", token("demo-benefits-officer", Set.of("benefits-officer"), null));
        credentials.put("EDITOR_TOKEN", token("demo-editor", Set.of("editor"), editorDepartment));
        credentials.put("EDITOR_DEPARTMENT_ID", editorDepartment == null ? "" : editorDepartment.toString());
        credentials.put("PUBLIC_API_KEY", clients.create(new ClientInput("demo public app", List.of("public:read"), 600), "demo").key());
        credentials.put("VERIFIER_API_KEY", clients.create(new ClientInput("demo museum gate", List.of("benefits:verify"), 600), "demo").key());
        return credentials;
    }

    String token(String name, Set<String> roles, UUID department) {
        var builder = Jwt.issuer(issuer).upn(name).groups(roles).expiresIn(VALID_FOR);
        if (department != null) {
            builder.claim(GatewayIdentity.DEPARTMENT_CLAIM, department.toString());
        }
        return builder.sign();
    }
}
