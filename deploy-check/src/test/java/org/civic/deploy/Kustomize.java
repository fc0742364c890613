package org.civic.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders a kustomization as {@code kubectl kustomize} does, for the subset deploy/kubernetes uses, so the checks
 * need no binary: {@code resources} (files, or directories with their own kustomization.yaml), {@code patches}
 * (strategic-merge files, each document matched by kind and name: maps merge, lists of named items merge by name
 * with the patch's new items first, other lists are replaced), {@code images} (a container image's name and tag
 * replaced by newName / newTag) and {@code namespace}. Anything else in a
 * kustomization fails the render rather than being ignored. KustomizeRenderingTest compares the result with
 * kubectl's where kubectl is installed.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED =
            Set.of("apiVersion", "kind", "resources", "patches", "namespace", "images");

    private Kustomize() {}

    static List<Map<String, Object>> render(Path directory) {
        Map<String, Object> kustomization =
                readAll(directory.resolve("kustomization.yaml")).get(0);
        Set<String> unsupported = new java.util.TreeSet<>(kustomization.keySet());
        unsupported.removeAll(SUPPORTED);
        if (!unsupported.isEmpty()) {
            throw new IllegalStateException(directory + ": this renderer does not know " + unsupported);
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (String resource : strings(kustomization.get("resources"))) {
            Path path = directory.resolve(resource).normalize();
            resources.addAll(Files.isDirectory(path) ? render(path) : readAll(path));
        }
        for (Map<String, Object> patchFile : maps(kustomization.get("patches"))) {
            for (Map<String, Object> patch : readAll(directory.resolve((String) patchFile.get("path")))) {
                Map<String, Object> target = resources.stream()
                        .filter(resource -> sameObject(resource, patch))
                        .findFirst()
                        .orElseThrow(() ->
                                new IllegalStateException(directory + ": patch " + id(patch) + " matches no resource"));
                merge(target, patch);
            }
        }
        for (Map<String, Object> image : maps(kustomization.get("images"))) {
            resources.forEach(resource -> retag(resource, image));
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            resources.forEach(resource -> metadata(resource).put("namespace", namespace));
        }
        return resources;
    }

    /** Every YAML document in a file, as maps (an empty document, such as after a leading ---, is skipped). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> readAll(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add((Map<String, Object>) document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }

    static String id(Map<String, Object> resource) {
        return resource.get("kind") + "/" + metadata(resource).get("name");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> metadata(Map<String, Object> resource) {
        return (Map<String, Object>) resource.computeIfAbsent("metadata", key -> new LinkedHashMap<>());
    }

    /** Every container of a Deployment whose image is {@code image.name} (any tag) gets the new name and tag. */
    @SuppressWarnings("unchecked")
    private static void retag(Map<String, Object> resource, Map<String, Object> image) {
        if (!"Deployment".equals(resource.get("kind"))) {
            return;
        }
        Map<String, Object> pod = (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) resource.get("spec")).get("template")).get("spec");
        for (Map<String, Object> container : maps(pod.get("containers"))) {
            String current = (String) container.get("image");
            int colon = current.lastIndexOf(':');
            String name = colon < 0 ? current : current.substring(0, colon);
            String tag = colon < 0 ? null : current.substring(colon + 1);
            if (name.equals(image.get("name"))) {
                String newName = (String) image.getOrDefault("newName", name);
                Object newTag = image.getOrDefault("newTag", tag);
                container.put("image", newTag == null ? newName : newName + ":" + newTag);
            }
        }
    }

    private static boolean sameObject(Map<String, Object> resource, Map<String, Object> patch) {
        return Objects.equals(resource.get("kind"), patch.get("kind"))
                && Objects.equals(
                        metadata(resource).get("name"), metadata(patch).get("name"));
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object current = target.get(key);
            if (current instanceof Map<?, ?> currentMap && value instanceof Map<?, ?> patchMap) {
                merge((Map<String, Object>) currentMap, (Map<String, Object>) patchMap);
            } else if (current instanceof List<?> currentList
                    && value instanceof List<?> patchList
                    && named(currentList)
                    && named(patchList)) {
                target.put(key, mergeByName((List<Map<String, Object>>) currentList, (List<Map<String, Object>>)
                        patchList));
            } else {
                target.put(key, value);
            }
        });
    }

    private static List<Map<String, Object>> mergeByName(
            List<Map<String, Object>> current, List<Map<String, Object>> patch) {
        List<Map<String, Object>> merged = new ArrayList<>();
        for (Map<String, Object> item : patch) {
            if (current.stream().noneMatch(existing -> existing.get("name").equals(item.get("name")))) {
                merged.add(item);
            }
        }
        for (Map<String, Object> existing : current) {
            patch.stream()
                    .filter(item -> item.get("name").equals(existing.get("name")))
                    .findFirst()
                    .ifPresent(item -> merge(existing, item));
            merged.add(existing);
        }
        return merged;
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty()
                && list.stream().allMatch(item -> item instanceof Map<?, ?> map && map.get("name") != null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list == null ? List.of() : (List<String>) list;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object list) {
        return list == null ? List.of() : (List<Map<String, Object>>) list;
    }
}
