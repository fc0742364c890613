package org.civic.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.civic.common.feed.ChangeCursor;
import org.civic.common.problem.ProblemException;
import org.civic.gateway.api.ChangeItem;
import org.civic.gateway.api.ChangesPage;
import org.civic.gateway.client.PartFailure;
import org.civic.gateway.client.Services;
import org.civic.gateway.service.Routes.Service;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * The registry's and progress's change feeds as one, for apps and the webhook dispatcher (README "Change feed"). Each
 * source is read after its own position, as the caller (so drafts stay hidden from API clients), and the two pages are
 * merged by time. A source whose page came back full may have more, so nothing recorded after its last item is taken
 * yet: the merged order holds across pages. {@code next} advances each source only past the items included, so an item
 * left out comes again on the next read and none is missed; within a source, its commit order is kept.
 */
@ApplicationScoped
public class MergedChanges {

    private static final List<Service> SOURCES = List.of(Service.REGISTRY, Service.PROGRESS);

    private final Services services;
    private final ManagedExecutor executor;

    public MergedChanges(Services services, ManagedExecutor executor) {
        this.services = services;
        this.executor = executor;
    }

    /** {@link #read}, its refusals (a 410 of either source above all) passed on as the caller's answer. */
    public Response answer(MergedCursor after, int limit, String identity) {
        return Views.callersErrorsAsTheirs(
                () -> Response.ok(read(after, limit, identity)).build());
    }

    /** The head of both feeds, as an answer. */
    public Response head(String identity) {
        return Views.callersErrorsAsTheirs(() ->
                Response.ok(new ChangesPage(List.of(), headCursor(identity))).build());
    }

    /** The cursor of the newest change of both feeds. */
    public String headCursor(String identity) {
        Map<Service, JsonNode> heads = both(source -> services.changesHead(source, identity));
        MergedCursor head = MergedCursor.START;
        for (Service source : SOURCES) {
            head = head.with(source, heads.get(source).path("next").asText());
        }
        return head.toString();
    }

    /** At most {@code limit} changes after {@code after}; a service's 4xx comes out as its ClientError. */
    public ChangesPage read(MergedCursor after, int limit, String identity) {
        Map<Service, JsonNode> pages = both(source -> services.changes(source, after.of(source), limit, identity));
        Map<Service, List<JsonNode>> pending = new EnumMap<>(Service.class);
        MergedCursor position = after;
        Instant bound = null;
        for (Service source : SOURCES) {
            List<JsonNode> items = new ArrayList<>();
            pages.get(source).path("items").forEach(items::add);
            pending.put(source, items);
            position = position.with(source, start(after.of(source), items, pages.get(source)));
            if (items.size() >= limit) {
                Instant last = time(items.get(items.size() - 1));
                bound = bound == null || last.isBefore(bound) ? last : bound;
            }
        }
        List<ChangeItem> merged = new ArrayList<>();
        while (merged.size() < limit) {
            Service earliest = null;
            for (Service source : SOURCES) {
                List<JsonNode> items = pending.get(source);
                if (!items.isEmpty()
                        && (bound == null || !time(items.get(0)).isAfter(bound))
                        && (earliest == null
                                || time(items.get(0))
                                        .isBefore(time(pending.get(earliest).get(0))))) {
                    earliest = source;
                }
            }
            if (earliest == null) {
                break;
            }
            JsonNode item = pending.get(earliest).remove(0);
            position = position.with(earliest, item.path("cursor").asText());
            merged.add(item(earliest, item, position));
        }
        return new ChangesPage(merged, position.toString());
    }

    /**
     * Where a source stands before any of its items is included: the caller's position, or for a first read, just
     * before its first item (its oldest kept), or its {@code next} when it had none.
     */
    private static String start(String after, List<JsonNode> items, JsonNode page) {
        if (after != null) {
            return after;
        }
        return items.isEmpty()
                ? page.path("next").asText()
                : ChangeCursor.format(
                        ChangeCursor.parse("cursor", items.get(0).path("cursor").asText()) - 1);
    }

    private static ChangeItem item(Service source, JsonNode item, MergedCursor position) {
        String name = source == Service.REGISTRY ? ChangeItem.SOURCE_REGISTRY : ChangeItem.SOURCE_PROGRESS;
        JsonNode programme = item.path("programmeId");
        JsonNode data = item.path("data");
        return new ChangeItem(
                name + "-" + item.path("cursor").asText(),
                name,
                position.toString(),
                item.path("type").asText(),
                item.path("entityId").asText(),
                item.path("version").asLong(),
                time(item),
                programme.isTextual() ? UUID.fromString(programme.asText()) : null,
                data.isMissingNode() || data.isNull() ? null : data);
    }

    private static Instant time(JsonNode item) {
        return Instant.parse(item.path("time").asText());
    }

    /** Both sources at once; a failure of either is the answer's (503/502/504 with Retry-After). */
    private Map<Service, JsonNode> both(Function<Service, JsonNode> call) {
        Map<Service, CompletableFuture<JsonNode>> calls = new EnumMap<>(Service.class);
        SOURCES.forEach(source -> calls.put(source, executor.supplyAsync(() -> call.apply(source))));
        Map<Service, JsonNode> answers = new EnumMap<>(Service.class);
        for (Service source : SOURCES) {
            answers.put(source, await(calls.get(source), source));
        }
        return answers;
    }

    private static JsonNode await(CompletableFuture<JsonNode> call, Service source) {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof PartFailure failure) {
                throw new ProblemException(Views.problemFor(
                                failure.reason(),
                                "The " + source.title() + " could not answer (" + failure.reason() + ")."))
                        .header("Retry-After", Integer.toString(Views.RETRY_AFTER_SECONDS));
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
