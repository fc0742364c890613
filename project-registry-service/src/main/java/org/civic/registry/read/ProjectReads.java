package org.civic.registry.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.registry.api.ProjectView;
import org.civic.registry.entity.Programme;
import org.civic.registry.repository.ProjectFilter;
import org.civic.registry.service.ProjectService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public read path: rendered JSON kept in memory, never served without asking PostgreSQL whether it is still
 * current.
 *
 * <ul>
 *   <li><b>One project</b> ({@link #head}, {@link #project}): the JSON of a project is kept under its id together with
 *   the row version it was rendered from. Every read first asks the database for the project's current version and
 *   its programme's state (one primary-key lookup, plain JDBC, no transaction); the kept JSON is used only when its
 *   version is that version. Every change to a project, including its indicators, districts and co-departments,
 *   increments the version (Hibernate's {@code @Version} counts collection changes of the owner), so nothing needs to
 *   be invalidated: a write is visible to the next read as soon as it commits, on every replica, and a reader that
 *   raced a commit can only have stored JSON under the old version, which is never asked for again. What the JSON
 *   does not contain cannot make it stale: departments and regions appear only by id and code. Whether the caller
 *   may see the project (API clients: published or closed programmes only) is decided on the programme state of
 *   the same lookup, before anything is served.</li>
 *   <li><b>List pages</b> ({@link #stamp}, {@link #page}): the rendered page (items, total) is kept under the
 *   request's effective filter (including whether only published programmes count), sort and page, together with
 *   the database's {@code read_stamp}, which a deferred trigger bumps in every transaction that changes a project,
 *   its collections or a programme (migration V2). A page is served only while the stamp is unchanged; the stamp is
 *   read before the page is computed, so a page that includes a later write is labelled with an older stamp and is
 *   simply never served again.</li>
 * </ul>
 * Both caches are bounded by the bytes they hold (Caffeine, 64 MiB each, least recently used out);
 * {@code read-cache.enabled=false} turns them off (every read renders, for comparison).
 */
@ApplicationScoped
public class ProjectReads {

    /** What the database says about a project right now. */
    public record Head(long version, Programme.State programmeState) {}

    /** A rendered page of projects and its validator. */
    public record RenderedPage(long stamp, byte[] json, long total, int page, int size, String etag) {}

    private record Rendered(long version, byte[] json) {}

    private record PageKey(ProjectFilter filter, String sort, int page, int size) {}

    private static final String HEAD =
            "SELECT p.version, g.state FROM project p JOIN programme g ON g.id = p.programme_id" + " WHERE p.id = ?";

    private final DataSource dataSource;
    private final ProjectService service;
    private final ObjectMapper json;
    private final Cache<UUID, Rendered> rendered = Caffeine.newBuilder()
            .maximumWeight(64L << 20)
            .weigher((UUID id, Rendered r) -> r.json.length + 64)
            .build();
    private final Cache<PageKey, RenderedPage> pages = Caffeine.newBuilder()
            .maximumWeight(64L << 20)
            .weigher((PageKey k, RenderedPage p) -> p.json.length + 256)
            .build();

    private final boolean keep;

    public ProjectReads(
            DataSource dataSource,
            ProjectService service,
            ObjectMapper json,
            @ConfigProperty(name = "read-cache.enabled", defaultValue = "true") boolean keep) {
        this.keep = keep;
        this.dataSource = dataSource;
        this.service = service;
        this.json = json;
    }

    /** The project's current version and its programme's state, or empty when there is no such project. */
    public Optional<Head> head(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(HEAD)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new Head(row.getLong(1), Programme.State.valueOf(row.getString(2))))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the version of project " + id, e);
        }
    }

    /**
     * The JSON of the project at {@code version}: kept, or rendered now. If the project changed since its head was
     * read, the answer is the newer state with its own version; empty if it was deleted meanwhile.
     */
    public Optional<Versioned> project(UUID id, long version) {
        Rendered kept = keep ? rendered.getIfPresent(id) : null;
        if (kept != null && kept.version == version) {
            return Optional.of(new Versioned(kept.version, kept.json));
        }
        return render(id);
    }

    /** JSON bytes and the version they show. */
    public record Versioned(long version, byte[] json) {}

    private Optional<Versioned> render(UUID id) {
        return service.current(id).map(project -> {
            Rendered fresh = new Rendered(project.version(), bytes(project.view()));
            if (keep) {
                rendered.asMap().merge(id, fresh, (old, now) -> old.version >= now.version ? old : now);
            }
            return new Versioned(fresh.version, fresh.json);
        });
    }

    /** The database's read stamp: changes with every committed write that a list of projects can show. */
    public long stamp() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT value FROM read_stamp");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the read stamp", e);
        }
    }

    /**
     * One page of {@code GET /projects} for a filter that already says whether drafts count
     * ({@link ProjectFilter#publishedOnly()}): kept while the read stamp is unchanged, otherwise searched and rendered.
     */
    public RenderedPage page(ProjectFilter effective, String sort, PageRequest request) {
        PageKey key = new PageKey(effective, sort == null ? "" : sort.strip(), request.page, request.size);
        long stamp = stamp(); // before the search: a page that already includes a later write is never reused
        RenderedPage kept = keep ? pages.getIfPresent(key) : null;
        if (kept != null && kept.stamp == stamp) {
            return kept;
        }
        RenderedPage fresh = renderPage(effective, sort, request, stamp);
        if (keep) {
            pages.asMap().merge(key, fresh, (old, now) -> old.stamp >= now.stamp ? old : now);
        }
        return fresh;
    }

    private RenderedPage renderPage(ProjectFilter effective, String sort, PageRequest request, long stamp) {
        Page<ProjectView> found = service.searchEffective(effective, sort, request);
        byte[] body = bytes(found);
        return new RenderedPage(stamp, body, found.total(), found.page(), found.size(), digest(body));
    }

    private byte[] bytes(Object view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "p" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests: forget everything kept (the answers must not change). */
    public void clear() {
        rendered.invalidateAll();
        pages.invalidateAll();
    }
}
