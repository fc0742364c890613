package org.civic.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Optional;
import org.civic.gateway.config.GatewayConfig;
import org.civic.gateway.service.Routes.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which service owns each public path, and which paths never leave the gateway (the README's routing table). */
class RoutesTest {

    /** Routing reads nothing of the configuration but the services' addresses. */
    final Routes routes = new Routes((GatewayConfig) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {GatewayConfig.class}, (proxy, method, args) -> {
                if (!method.getName().equals("services")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                return Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {GatewayConfig.Services.class},
                        (services, service, none) -> "http://" + service.getName());
            }));

    @ParameterizedTest
    @CsvSource({
        "projects, REGISTRY, http://registry",
        "projects/p1, REGISTRY, http://registry",
        "projects/p1/history, REGISTRY, http://registry",
        "projects/p1/cancel, REGISTRY, http://registry",
        "programmes/g1/projects, REGISTRY, http://registry",
        "programmes/g1/export, REGISTRY, http://registry",
        "regions/350500, REGISTRY, http://registry",
        "departments, REGISTRY, http://registry",
        "projects/p1/milestones, PROGRESS, http://progress",
        "projects/p1/reports, PROGRESS, http://progress",
        "projects/p1/status, PROGRESS, http://progress",
        "projects/p1/indicators/spaces/series, PROGRESS, http://progress",
        "programmes/g1/summary, PROGRESS, http://progress",
        "milestones/m1, PROGRESS, http://progress",
        "reports/r1/approve, PROGRESS, http://progress",
        "status, PROGRESS, http://progress",
        "programmes/g1/bulletin, PROGRESS, http://progress",
        "programmes/g1/snapshots, PROGRESS, http://progress",
        "snapshots/s1/compare/s2, PROGRESS, http://progress",
        "supervision-notices/n1/reply, PROGRESS, http://progress",
        "projects/p1/supervision-notices, PROGRESS, http://progress",
        "evaluations, PROGRESS, http://progress",
        "benefit-programmes/QZ-BLOOD-DONOR-2025/rules, BENEFITS, http://benefits",
        "citizens/c1/eligibility, BENEFITS, http://benefits",
        "citizens/c1/passes/p1, BENEFITS, http://benefits",
        "eligibility/batch, BENEFITS, http://benefits",
        "verifications, BENEFITS, http://benefits",
    })
    void eachPublicPathHasOneOwner(String path, Service service, String baseUrl) {
        assertEquals(Optional.of(new Routes.Target(service, baseUrl)), routes.route(path));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "projects/p1/overview",
                "programmes/g1/dashboard",
                "citizens/c1/benefits",
                "admin",
                "admin/clients",
                "admin/clients/k1",
                "openapi",
                "openapi.yaml",
                "docs",
                "docs/index.html"
            })
    void theGatewaysOwnOperationsAreNeverForwarded(String path) {
        assertEquals(Optional.empty(), routes.route(path));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "q/health",
                "q/metrics",
                "projectsx",
                "summary",
                "citizen",
                "../q/openapi",
                "verification",
                "adminx"
            })
    void anythingElseHasNoOwner(String path) {
        assertEquals(Optional.empty(), routes.route(path));
    }

    @Test
    void onlyAnswersAboutCitizensAndApiClientsCarryPersonalData() {
        assertTrue(Routes.carriesPersonalData("/api/v1/citizens/c1"));
        assertTrue(Routes.carriesPersonalData("/api/v1/citizens/c1/benefits"));
        assertTrue(Routes.carriesPersonalData("/api/v1/eligibility/batch"));
        assertTrue(Routes.carriesPersonalData("/api/v1/verifications"));
        assertTrue(Routes.carriesPersonalData("/api/v1/admin/clients"));
        assertFalse(Routes.carriesPersonalData("/api/v1/projects/p1"));
        assertFalse(Routes.carriesPersonalData("/api/v1/benefit-programmes"));
        assertFalse(Routes.carriesPersonalData("/api/v1/citizenship"));
        assertFalse(Routes.carriesPersonalData("/citizens/c1"), "only the public prefix counts");
    }
}
