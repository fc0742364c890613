package org.civic.common.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods a path allows, for the {@code Allow} header of a 405 (RFC 9110 §15.5.6), which Quarkus REST leaves
 * out. Read once from the resource classes' {@code @Path} and HTTP method annotations.
 */
public final class AllowedMethods {

    private record Route(Pattern path, String method) {}

    private static final Pattern PARAM = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");
    private static volatile List<Route> routes;

    private AllowedMethods() {}

    /** e.g. "GET, HEAD, OPTIONS, POST" for {@code /regions}; empty when no resource matches the path. */
    public static String of(String path) {
        Set<String> methods = new TreeSet<>();
        String normalized = "/" + path.replaceAll("^/+|/+$", "");
        for (Route route : routes()) {
            if (route.path().matcher(normalized).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return String.join(", ", methods);
    }

    private static List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path classPath = type.getAnnotation(Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String http = httpMethod(method);
                    if (http != null) {
                        Path methodPath = method.getAnnotation(Path.class);
                        known.add(new Route(
                                template(classPath.value() + "/" + (methodPath == null ? "" : methodPath.value())),
                                http));
                    }
                }
            }
            routes = known;
        }
        return known;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static Pattern template(String path) {
        String normalized = "/" + path.replaceAll("/+", "/").replaceAll("^/+|/+$", "");
        StringBuilder regex = new StringBuilder();
        Matcher matcher = PARAM.matcher(normalized);
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(normalized.substring(last, matcher.start())));
            regex.append('(')
                    .append(
                            matcher.group(1) == null
                                    ? "[^/]+"
                                    : matcher.group(1).strip())
                    .append(')');
            last = matcher.end();
        }
        regex.append(Pattern.quote(normalized.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
