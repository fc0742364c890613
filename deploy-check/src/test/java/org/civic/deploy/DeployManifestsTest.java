package org.civic.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civic.deploy.Overlay.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariants of deploy/kubernetes, on both overlays as kustomize renders them, in fabric8's typed model:
 * hardened Deployments with probes and limits, a Service, PDB, HPA and NetworkPolicy per service, the gateway alone
 * behind the Ingress, each database reachable by its own service only, secrets referenced and never committed, and
 * in production two replicas or more, backups, and no demo key or demo profile.
 */
class DeployManifestsTest {

    private static final Overlay DEMO = Overlay.demo();
    private static final Overlay PRODUCTION = Overlay.production();

    static Stream<Overlay> overlays() {
        return Stream.of(DEMO, PRODUCTION);
    }

    @Test
    void everyManifestFileLoadsIntoTheTypedModelOnItsOwn() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Overlay.KUBERNETES)) {
            files = walk.filter(path -> path.toString().endsWith(".yaml")
                            && !path.getFileName().toString().equals("kustomization.yaml"))
                    .sorted()
                    .toList();
        }
        assertTrue(files.size() > 30, "the manifests are found: " + files.size());
        for (Path file : files) {
            for (Map<String, Object> document : Kustomize.readAll(file)) {
                HasMetadata typed = Overlay.typed(document);
                assertNotNull(typed.getMetadata().getName(), file + " names its object");
                if (typed instanceof GenericKubernetesResource custom) {
                    assertEquals(
                            "postgresql.cnpg.io/v1",
                            custom.getApiVersion(),
                            file + ": only CloudNativePG's resources are outside fabric8's model, not "
                                    + Kustomize.id(document));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDeploymentRunsAsNonRootOnAReadOnlyFilesystemWithProbesAndLimits(Overlay overlay) {
        List<Deployment> deployments = overlay.all(Deployment.class);
        assertEquals(5, deployments.size(), "the four services and Redis");
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name + ": no service-account token");
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), name + ": runAsNonRoot");
            assertNotEquals(0L, pod.getSecurityContext().getRunAsUser(), name + ": not uid 0");
            for (Container container : pod.getContainers()) {
                String where = name + "/" + container.getName();
                assertEquals(
                        Boolean.TRUE,
                        container.getSecurityContext().getReadOnlyRootFilesystem(),
                        where + ": read-only root filesystem");
                assertEquals(Boolean.FALSE, container.getSecurityContext().getAllowPrivilegeEscalation(), where);
                assertEquals(
                        List.of("ALL"),
                        container.getSecurityContext().getCapabilities().getDrop(),
                        where);
                assertTrue(
                        container.getVolumeMounts().stream()
                                .anyMatch(
                                        mount -> mount.getMountPath().equals("/tmp") && emptyDir(pod, mount.getName())),
                        where + ": /tmp is an emptyDir, the one writable path");
                for (String resource : List.of("cpu", "memory")) {
                    assertPositive(
                            container.getResources().getRequests().get(resource), where + " requests " + resource);
                    assertPositive(container.getResources().getLimits().get(resource), where + " limits " + resource);
                }
                assertNotNull(container.getStartupProbe(), where + ": startup probe");
                assertNotNull(container.getReadinessProbe(), where + ": readiness probe");
                assertNotNull(container.getLivenessProbe(), where + ": liveness probe");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceProbesItsQuarkusHealthEndpointsOnItsOwnPort(Overlay overlay) {
        for (Service service : Overlay.SERVICES) {
            Container container = overlay.deployment(service)
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0);
            assertEquals(service.port(), container.getPorts().get(0).getContainerPort(), service.name());
            assertEquals("http", container.getPorts().get(0).getName());
            assertHealth(container.getStartupProbe(), "/q/health/started", service);
            assertHealth(container.getReadinessProbe(), "/q/health/ready", service);
            assertHealth(container.getLivenessProbe(), "/q/health/live", service);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceHasAServiceADisruptionBudgetAndAnAutoscaler(Overlay overlay) {
        for (Service service : Overlay.SERVICES) {
            Map<String, String> podLabels = overlay.deployment(service)
                    .getSpec()
                    .getTemplate()
                    .getMetadata()
                    .getLabels();
            io.fabric8.kubernetes.api.model.Service kubernetesService =
                    overlay.get(io.fabric8.kubernetes.api.model.Service.class, service.name());
            assertSelects(kubernetesService.getSpec().getSelector(), podLabels, service.name() + " Service");
            assertEquals(null, kubernetesService.getSpec().getType(), "ClusterIP: only the Ingress leads in");
            PodDisruptionBudget budget = overlay.get(PodDisruptionBudget.class, service.name());
            assertSelects(budget.getSpec().getSelector().getMatchLabels(), podLabels, service.name() + " PDB");
            HorizontalPodAutoscaler autoscaler = overlay.get(HorizontalPodAutoscaler.class, service.name());
            assertEquals(
                    service.name(), autoscaler.getSpec().getScaleTargetRef().getName());
            assertEquals("Deployment", autoscaler.getSpec().getScaleTargetRef().getKind());
            assertTrue(autoscaler.getSpec().getMinReplicas()
                    <= autoscaler.getSpec().getMaxReplicas());
        }
    }

    @Test
    void inProductionEveryServiceRunsTwoReplicasOrMoreAndADrainKeepsOne() {
        for (Service service : Overlay.SERVICES) {
            assertTrue(PRODUCTION.deployment(service).getSpec().getReplicas() >= 2, service.name());
            assertTrue(
                    PRODUCTION
                                    .get(HorizontalPodAutoscaler.class, service.name())
                                    .getSpec()
                                    .getMinReplicas()
                            >= 2,
                    service.name() + ": the autoscaler never goes below two");
            PodDisruptionBudget budget = PRODUCTION.get(PodDisruptionBudget.class, service.name());
            assertEquals(1, budget.getSpec().getMaxUnavailable().getIntVal(), service.name());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayIsExposedByTheIngress(Overlay overlay) {
        List<Ingress> ingresses = overlay.all(Ingress.class);
        assertEquals(1, ingresses.size());
        Set<String> backends = ingresses.get(0).getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .map(path -> path.getBackend().getService().getName())
                .collect(Collectors.toSet());
        assertEquals(Set.of("gateway"), backends);
        Set<String> paths = ingresses.get(0).getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .map(path -> path.getPath())
                .collect(Collectors.toSet());
        assertEquals(
                Set.of("/api/v1"), paths, "the public API only: the gateway's /q/* stays inside (docs/security.md)");
        assertTrue(overlay.all(io.fabric8.kubernetes.api.model.Service.class).stream()
                .allMatch(service -> service.getSpec().getType() == null
                        || service.getSpec().getType().equals("ClusterIP")));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void behindTheIngressTheGatewayLimitsCallersByTheirOwnAddress(Overlay overlay) {
        Map<String, EnvVar> env = env(overlay.get(Deployment.class, "gateway"));
        // Else every caller without credentials would share the ingress controller's one bucket, cluster-wide.
        assertEquals(
                "true", env.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").getValue());
        assertEquals("true", env.get("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED").getValue());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayReachesTheServicesAndOnlyEachServiceItsDatabase(Overlay overlay) {
        NetworkPolicy defaultDeny = overlay.get(NetworkPolicy.class, "default-deny-ingress");
        assertTrue(defaultDeny.getSpec().getPodSelector().getMatchLabels() == null
                || defaultDeny.getSpec().getPodSelector().getMatchLabels().isEmpty());
        assertTrue(defaultDeny.getSpec().getIngress() == null
                || defaultDeny.getSpec().getIngress().isEmpty());

        for (Service service : Overlay.SERVICES) {
            NetworkPolicy policy = overlay.get(NetworkPolicy.class, service.name());
            assertEquals(
                    Map.of("app.kubernetes.io/name", service.name()),
                    policy.getSpec().getPodSelector().getMatchLabels());
            Set<String> callingPods = peers(
                    policy.getSpec().getIngress().stream()
                            .flatMap(rule -> rule.getFrom().stream())
                            .toList(),
                    "app.kubernetes.io/name");
            Set<String> callingNamespaces = namespaces(policy.getSpec().getIngress().stream()
                    .flatMap(rule -> rule.getFrom().stream())
                    .toList());
            if (service.name().equals("gateway")) {
                assertEquals(Set.of(), callingPods, "the gateway is reached from the ingress controller only");
                assertEquals(Set.of("ingress-nginx", "monitoring"), callingNamespaces);
            } else {
                // progress reads the plan data it needs from the registry: the one call between services.
                Set<String> expected = service.name().equals("project-registry-service")
                        ? Set.of("gateway", "progress-tracking-service")
                        : Set.of("gateway");
                assertEquals(expected, callingPods, service.name() + " is reached by");
                assertEquals(Set.of("monitoring"), callingNamespaces, service.name() + ": Prometheus only besides");
            }
            Set<String> databasesReached = peers(
                    policy.getSpec().getEgress().stream()
                            .flatMap(rule -> rule.getTo().stream())
                            .toList(),
                    "cnpg.io/cluster");
            assertEquals(
                    Set.of(service.database() + "-db"), databasesReached, service.name() + " reaches its own database");

            NetworkPolicy database = overlay.get(NetworkPolicy.class, service.database() + "-db");
            assertEquals(
                    Map.of("cnpg.io/cluster", service.database() + "-db"),
                    database.getSpec().getPodSelector().getMatchLabels());
            List<NetworkPolicyPeer> databasePeers = database.getSpec().getIngress().stream()
                    .flatMap(rule -> rule.getFrom().stream())
                    .toList();
            assertEquals(Set.of(service.name()), peers(databasePeers, "app.kubernetes.io/name"), "only its service");
            assertEquals(
                    Set.of(service.database() + "-db"), peers(databasePeers, "cnpg.io/cluster"), "and its replicas");
            assertEquals(Set.of("cnpg-system"), namespaces(databasePeers), "and the operator");
        }
        NetworkPolicy redis = overlay.get(NetworkPolicy.class, "redis");
        assertEquals(
                Set.of("gateway"),
                peers(
                        redis.getSpec().getIngress().stream()
                                .flatMap(rule -> rule.getFrom().stream())
                                .toList(),
                        "app.kubernetes.io/name"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceUsesItsOwnClusterWithCredentialsFromTheOperatorsSecret(Overlay overlay) {
        List<GenericKubernetesResource> clusters = overlay.custom("Cluster");
        assertEquals(Overlay.SERVICES.size(), clusters.size(), "one CloudNativePG cluster per service database");
        for (Service service : Overlay.SERVICES) {
            GenericKubernetesResource cluster = clusters.stream()
                    .filter(candidate -> candidate.getMetadata().getName().equals(service.database() + "-db"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(service.database(), cluster.get("spec", "bootstrap", "initdb", "database"));
            Map<String, EnvVar> env = env(overlay.deployment(service));
            assertEquals(
                    "jdbc:postgresql://" + service.database() + "-db-rw:5432/" + service.database(),
                    env.get("QUARKUS_DATASOURCE_JDBC_URL").getValue());
            for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                assertEquals(
                        service.database() + "-db-app",
                        env.get(variable).getValueFrom().getSecretKeyRef().getName(),
                        service.name() + " " + variable);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyReplicaTheAutoscalerMayStartGetsItsConnectionPool(Overlay overlay) throws IOException {
        for (Service service : Overlay.SERVICES) {
            java.util.Properties properties = new java.util.Properties();
            try (var in = Files.newBufferedReader(
                    Overlay.ROOT.resolve(service.name()).resolve("src/main/resources/application.properties"))) {
                properties.load(in);
            }
            int pool = Integer.parseInt(properties.getProperty("quarkus.datasource.jdbc.max-size"));
            int replicas = overlay.get(HorizontalPodAutoscaler.class, service.name())
                    .getSpec()
                    .getMaxReplicas();
            GenericKubernetesResource cluster = overlay.custom("Cluster").stream()
                    .filter(candidate -> candidate.getMetadata().getName().equals(service.database() + "-db"))
                    .findFirst()
                    .orElseThrow();
            int connections = Integer.parseInt(cluster.get("spec", "postgresql", "parameters", "max_connections"));
            // Ten kept for the operator, replication and superuser_reserved_connections.
            assertTrue(
                    replicas * pool <= connections - 10,
                    overlay + " " + service.name() + ": " + replicas + " replicas × " + pool + " connections > "
                            + connections + " - 10");
        }
    }

    @Test
    void inProductionEveryDatabaseHasThreeInstancesContinuousArchivingAndANightlyBackup() {
        List<GenericKubernetesResource> scheduled = PRODUCTION.custom("ScheduledBackup");
        for (GenericKubernetesResource cluster : PRODUCTION.custom("Cluster")) {
            String name = cluster.getMetadata().getName();
            assertEquals(3, ((Number) cluster.get("spec", "instances")).intValue(), name);
            assertTrue(
                    String.valueOf(cluster.<Object>get("spec", "backup", "barmanObjectStore", "destinationPath"))
                            .startsWith("s3://"),
                    name + " archives to object storage");
            assertEquals(
                    "backup-s3",
                    cluster.get("spec", "backup", "barmanObjectStore", "s3Credentials", "accessKeyId", "name"),
                    name + ": the storage credentials are a secret reference");
            assertNotNull(cluster.get("spec", "backup", "retentionPolicy"), name);
            assertEquals(
                    1,
                    scheduled.stream()
                            .filter(backup -> name.equals(backup.get("spec", "cluster", "name")))
                            .count(),
                    name + " has one ScheduledBackup");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void secretsAreReferencedNeverCommitted(Overlay overlay) {
        assertEquals(List.of(), overlay.all(Secret.class), "no Secret object in the repository");
        for (Deployment deployment : overlay.all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                for (EnvVar variable : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
                    if (!variable.getName().matches(".*(PASSWORD|_KEY|SECRET|AUTH).*")) {
                        continue;
                    }
                    String where = deployment.getMetadata().getName() + " " + variable.getName();
                    if (variable.getValueFrom() != null) {
                        assertNotNull(variable.getValueFrom().getSecretKeyRef(), where + " comes from a secret");
                    } else {
                        // A key file: a path on a volume mounted from a secret.
                        String path = variable.getValue().substring("file:".length());
                        assertTrue(variable.getValue().startsWith("file:"), where + " is a file, not a literal");
                        assertTrue(
                                container.getVolumeMounts().stream()
                                        .anyMatch(mount -> path.startsWith(mount.getMountPath() + "/")
                                                && secretVolume(pod, mount.getName())),
                                where + " lies on a secret volume");
                    }
                }
            }
        }
    }

    @Test
    void productionRunsTheProdProfileWithItsOwnKeysAndNoDemoMaterial() throws IOException {
        String everything = Overlay.SERIALIZATION.asYaml(PRODUCTION.rendered);
        for (String demo : demoMaterial()) {
            assertFalse(everything.contains(demo), "production holds demo material: " + demo);
        }
        for (Service service : Overlay.SERVICES) {
            Map<String, EnvVar> env = env(PRODUCTION.deployment(service));
            assertFalse(env.containsKey("QUARKUS_PROFILE"), service.name() + ": the prod profile (the default)");
            List<String> keys = switch (service.name()) {
                case "gateway" -> List.of("GATEWAY_IDENTITY_PRIVATE_KEY", "GATEWAY_JWT_PUBLIC_KEY");
                case "benefits-service" ->
                    List.of(
                            "CIVIC_IDENTITY_PUBLIC_KEY",
                            "BENEFITS_CRYPTO_DATA_KEY",
                            "BENEFITS_CRYPTO_LOOKUP_KEY",
                            "BENEFITS_PASS_SIGNING_KEY");
                default -> List.of("CIVIC_IDENTITY_PUBLIC_KEY");
            };
            for (String key : keys) {
                assertTrue(env.containsKey(key), service.name() + " sets " + key + " (else the demo key is used)");
            }
        }
        assertTrue(env(PRODUCTION.get(Deployment.class, "gateway")).containsKey("QUARKUS_REDIS_PASSWORD"));
    }

    @Test
    void productionRunsAPinnedReleaseOfEachImageNeverLatest() {
        for (Deployment deployment : PRODUCTION.all(Deployment.class)) {
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                assertTrue(
                        container.getImage().contains(":")
                                && !container.getImage().endsWith(":latest"),
                        deployment.getMetadata().getName() + ": " + container.getImage());
            }
        }
    }

    @Test
    void theDemoRunsTheDemoProfile() {
        for (Service service : Overlay.SERVICES) {
            assertEquals(
                    "demo", env(DEMO.deployment(service)).get("QUARKUS_PROFILE").getValue(), service.name());
        }
    }

    /**
     * The committed demo keys (each PEM's base64 lines), the benefits demo keys (base64 of "DEMO-ONLY..."), the path
     * the demo key settings default to, and the demo profile.
     */
    private static List<String> demoMaterial() throws IOException {
        List<String> material = new ArrayList<>(List.of("demo-keys/", "REVNTy1PTkxZ", "value: demo"));
        for (Path keys : List.of(
                Overlay.ROOT.resolve("common/src/main/resources/demo-keys"),
                Overlay.ROOT.resolve("gateway/src/main/resources/demo-keys"))) {
            try (Stream<Path> files = Files.list(keys)) {
                for (Path pem : files.toList()) {
                    Files.readAllLines(pem).stream()
                            .filter(line -> !line.startsWith("-----") && line.length() > 40)
                            .forEach(material::add);
                }
            }
        }
        assertTrue(material.size() > 10, "the demo keys are found");
        return material;
    }

    private static Map<String, EnvVar> env(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .collect(Collectors.toMap(EnvVar::getName, variable -> variable));
    }

    private static Set<String> peers(List<NetworkPolicyPeer> peers, String label) {
        return peers.stream()
                .filter(peer -> peer.getPodSelector() != null && peer.getNamespaceSelector() == null)
                .map(peer -> peer.getPodSelector().getMatchLabels().get(label))
                .filter(value -> value != null)
                .collect(Collectors.toSet());
    }

    private static Set<String> namespaces(List<NetworkPolicyPeer> peers) {
        return peers.stream()
                .filter(peer -> peer.getNamespaceSelector() != null)
                .map(peer -> peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))
                .collect(Collectors.toSet());
    }

    private static void assertSelects(Map<String, String> selector, Map<String, String> labels, String what) {
        assertFalse(selector.isEmpty(), what);
        assertTrue(labels.entrySet().containsAll(selector.entrySet()), what + " selects the service's pods");
    }

    private static void assertHealth(Probe probe, String path, Service service) {
        assertEquals(path, probe.getHttpGet().getPath(), service.name());
        assertEquals("http", probe.getHttpGet().getPort().getStrVal(), service.name());
    }

    private static void assertPositive(Quantity quantity, String what) {
        assertNotNull(quantity, what);
        assertTrue(quantity.getNumericalAmount().signum() > 0, what);
    }

    private static boolean emptyDir(PodSpec pod, String volume) {
        return pod.getVolumes().stream()
                .anyMatch(candidate -> candidate.getName().equals(volume) && candidate.getEmptyDir() != null);
    }

    private static boolean secretVolume(PodSpec pod, String volume) {
        return pod.getVolumes().stream()
                .filter(candidate -> candidate.getName().equals(volume))
                .map(Volume::getSecret)
                .anyMatch(secret -> secret != null && secret.getSecretName() != null);
    }
}
