package org.civic.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One overlay of deploy/kubernetes, rendered (Kustomize) and loaded into the typed fabric8 model. */
final class Overlay {

    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");

    /** The suite's services: module, the short name of its database and Cluster, its port. */
    record Service(String name, String database, int port) {}

    static final List<Service> SERVICES = List.of(
            new Service("project-registry-service", "registry", 8081),
            new Service("progress-tracking-service", "progress", 8082),
            new Service("benefits-service", "benefits", 8083),
            new Service("gateway", "gateway", 8080));

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    final String name;
    final List<Map<String, Object>> rendered;
    final List<HasMetadata> resources;

    private Overlay(String name) {
        this.name = name;
        this.rendered = Kustomize.render(KUBERNETES.resolve("overlays").resolve(name));
        this.resources = rendered.stream().map(Overlay::typed).toList();
    }

    static Overlay demo() {
        return new Overlay("demo");
    }

    static Overlay production() {
        return new Overlay("production");
    }

    /** The typed object for a manifest: fabric8's class for its kind, GenericKubernetesResource for a custom one. */
    static HasMetadata typed(Map<String, Object> manifest) {
        return SERIALIZATION.unmarshal(SERIALIZATION.asJson(manifest), HasMetadata.class);
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream()
                .filter(resource -> resource.getMetadata().getName().equals(name))
                .findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name)
                .orElseThrow(() -> new AssertionError(this.name + " has no " + type.getSimpleName() + " " + name));
    }

    Deployment deployment(Service service) {
        return get(Deployment.class, service.name());
    }

    /** The CloudNativePG custom resources (Cluster, ScheduledBackup), which fabric8 has no class for. */
    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(resource -> resource.getKind().equals(kind))
                .toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
