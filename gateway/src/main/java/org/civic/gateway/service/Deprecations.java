package org.civic.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.civic.gateway.config.GatewayConfig;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * The headers that announce a deprecated operation (docs/api-versioning.md): for every operation the merged document
 * marks {@code deprecated: true}, each answer carries {@code Deprecation} (RFC 9745: {@code @} and the Unix time of
 * {@code x-deprecated-since}, a date) and, when the operation names one in {@code x-sunset}, {@code Sunset} (RFC 8594:
 * the HTTP date from which it may stop answering). Looked up on the event loop from the last document built, so it
 * never waits for the services' documents: a stale one is rebuilt in the background.
 */
@ApplicationScoped
public class Deprecations {

    public static final String SINCE = "x-deprecated-since";
    public static final String SUNSET = "x-sunset";
    private static final Logger LOG = Logger.getLogger(Deprecations.class);
    /** At least this long between rebuilds asked for here, however short gateway.open-api-fresh-for is. */
    private static final Duration MIN_REFRESH = Duration.ofSeconds(10);

    /** One deprecated operation: its method, its path below /api/v1/ as a pattern, and the headers it answers with. */
    private record Deprecated(String method, Pattern path, Map<String, String> headers) {}

    private record Table(ObjectNode source, List<Deprecated> operations) {}

    private final ApiDocument document;
    private final ManagedExecutor executor;
    private final Duration refreshAfter;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Table table = new Table(null, List.of());

    public Deprecations(ApiDocument document, ManagedExecutor executor, GatewayConfig config) {
        this.document = document;
        this.executor = executor;
        this.refreshAfter =
                config.openApiFreshFor().compareTo(MIN_REFRESH) > 0 ? config.openApiFreshFor() : MIN_REFRESH;
    }

    /** The headers for an answer to {@code method} on {@code path} (decoded, below /api/v1/); empty when none. */
    public Map<String, String> headers(String method, String path) {
        refreshIfStale();
        ObjectNode latest = document.latest();
        Table current = table;
        if (latest != null && latest != current.source()) {
            current = new Table(latest, deprecated(latest));
            table = current;
        }
        for (Deprecated operation : current.operations()) {
            if (operation.method().equalsIgnoreCase(method)
                    && operation.path().matcher(path).matches()) {
                return operation.headers();
            }
        }
        return Map.of();
    }

    private void refreshIfStale() {
        boolean stale = document.latest() == null
                || document.latestAt().plus(refreshAfter).isBefore(Instant.now());
        if (stale && refreshing.compareAndSet(false, true)) {
            executor.runAsync(() -> {
                try {
                    document.document();
                } finally {
                    refreshing.set(false);
                }
            });
        }
    }

    private static List<Deprecated> deprecated(ObjectNode doc) {
        List<Deprecated> found = new ArrayList<>();
        doc.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    JsonNode op = operation.getValue();
                    if (op.path("deprecated").asBoolean(false) && path.getKey().startsWith(PublicPath.PREFIX)) {
                        String template = path.getKey().substring(PublicPath.PREFIX.length());
                        Pattern pattern = Pattern.compile(Arrays.stream(template.split("/", -1))
                                .map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
                                .reduce((a, b) -> a + "/" + b)
                                .orElse(""));
                        found.add(new Deprecated(operation.getKey(), pattern, headersOf(op, path.getKey())));
                    }
                }));
        return List.copyOf(found);
    }

    private static Map<String, String> headersOf(JsonNode op, String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        LocalDate since = date(op.path(SINCE).asText(null), path);
        // RFC 9745 needs a date; an operation marked without one has been deprecated since at least now.
        long seconds = since == null
                ? Instant.now().getEpochSecond()
                : since.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        headers.put("Deprecation", "@" + seconds);
        LocalDate sunset = date(op.path(SUNSET).asText(null), path);
        if (sunset != null) {
            headers.put(
                    "Sunset",
                    DateTimeFormatter.RFC_1123_DATE_TIME
                            .withLocale(Locale.ENGLISH)
                            .format(sunset.atStartOfDay(ZoneOffset.UTC)));
        }
        return Map.copyOf(headers);
    }

    private static LocalDate date(String value, String path) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            LOG.warnf("merged OpenAPI: %s has a deprecation date that is no ISO date: %s", path, value);
            return null;
        }
    }
}
