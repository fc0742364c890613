package org.civic.progress.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.web.BusinessClock;
import org.civic.common.web.Digests;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.progress.api.ProgrammeBulletin;
import org.civic.progress.api.SnapshotDiff;
import org.civic.progress.api.SnapshotInput;
import org.civic.progress.api.SnapshotView;
import org.civic.progress.entity.Snapshot;
import org.civic.progress.repository.SnapshotRepository;

/**
 * 公示 snapshots (README "Published snapshots"): the bulletin as of a date, serialised once, hashed and stored as
 * those exact bytes; later reports, corrections or rule changes never reach it. Two snapshots compare field by field.
 */
@ApplicationScoped
public class SnapshotService {

    private final SnapshotRepository snapshots;
    private final StatusService statuses;
    private final BulletinService bulletins;
    private final ObjectMapper json;
    private final Caller caller;
    private final BusinessClock clock;
    private final Plans plans;

    public SnapshotService(
            SnapshotRepository snapshots,
            StatusService statuses,
            BulletinService bulletins,
            ObjectMapper json,
            Caller caller,
            BusinessClock clock,
            Plans plans) {
        this.plans = plans;
        this.snapshots = snapshots;
        this.statuses = statuses;
        this.bulletins = bulletins;
        this.json = json;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Stored<SnapshotView> publish(UUID programmeId, SnapshotInput input) {
        if (input.asOf().isAfter(clock.today())) {
            throw ProblemException.badRequest("asOf", "must not be in the future");
        }
        ProgrammeBulletin bulletin =
                bulletins.of(statuses.figures(programmeId, input.asOf()).body().get(), input.asOf());
        Snapshot snapshot = new Snapshot();
        snapshot.id = UUID.randomUUID();
        snapshot.programmeId = programmeId;
        snapshot.asOf = input.asOf();
        snapshot.note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().strip();
        snapshot.content = write(bulletin);
        snapshot.contentHash = Digests.sha256Hex(snapshot.content);
        snapshot.publishedBy = caller.name();
        snapshot.publishedAt = Times.now();
        snapshots.persist(snapshot);
        return stored(snapshot);
    }

    public Stored<SnapshotView> read(UUID id) {
        return stored(get(id));
    }

    public List<SnapshotView> ofProgramme(UUID programmeId) {
        plans.programme(programmeId); // 404 for a programme the caller may not see
        return snapshots.ofProgramme(programmeId).stream().map(this::view).toList();
    }

    /** The programme's rates and every project line that differ from {@code fromId} to {@code toId}. */
    public SnapshotDiff compare(UUID fromId, UUID toId) {
        Snapshot from = get(fromId);
        Snapshot to = get(toId);
        if (!from.programmeId.equals(to.programmeId)) {
            throw ProblemException.badRequest(
                    "otherId", "snapshot " + toId + " is of another programme than " + fromId);
        }
        ProgrammeBulletin before = read(from.content);
        ProgrammeBulletin after = read(to.content);
        Map<UUID, ProgrammeBulletin.Row> beforeRows = rows(before);
        Map<UUID, ProgrammeBulletin.Row> afterRows = rows(after);
        Set<UUID> ids = new LinkedHashSet<>(beforeRows.keySet());
        ids.addAll(afterRows.keySet());
        List<SnapshotDiff.ProjectChange> projects = new ArrayList<>();
        for (UUID id : ids) {
            ProgrammeBulletin.Row old = beforeRows.get(id);
            ProgrammeBulletin.Row now = afterRows.get(id);
            List<SnapshotDiff.Change> changes = changes(old, now);
            if (!changes.isEmpty()) {
                ProgrammeBulletin.Row named = now != null ? now : old;
                String kind = old == null ? "ADDED" : now == null ? "REMOVED" : "CHANGED";
                projects.add(new SnapshotDiff.ProjectChange(id, named.code(), named.title(), kind, changes));
            }
        }
        return new SnapshotDiff(side(from), side(to), changes(before.programme(), after.programme()), projects);
    }

    /** The snapshot's bulletin as it was published. */
    public ProgrammeBulletin bulletin(UUID id) {
        return read(get(id).content);
    }

    private Snapshot get(UUID id) {
        Snapshot snapshot = snapshots.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Snapshot", id));
        if (!caller.staff()) {
            plans.programme(snapshot.programmeId); // 404 for a draft programme's
        }
        return snapshot;
    }

    private List<SnapshotDiff.Change> changes(Object before, Object after) {
        JsonNode old = before == null ? json.createObjectNode() : json.valueToTree(before);
        JsonNode now = after == null ? json.createObjectNode() : json.valueToTree(after);
        Set<String> fields = new LinkedHashSet<>();
        old.fieldNames().forEachRemaining(fields::add);
        now.fieldNames().forEachRemaining(fields::add);
        List<SnapshotDiff.Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode a = old.get(field);
            JsonNode b = now.get(field);
            if (!Objects.equals(a, b)) {
                changes.add(new SnapshotDiff.Change(field, text(a), text(b)));
            }
        }
        return changes;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) { // 60, never 6E+1
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static Map<UUID, ProgrammeBulletin.Row> rows(ProgrammeBulletin bulletin) {
        Map<UUID, ProgrammeBulletin.Row> rows = new LinkedHashMap<>();
        bulletin.projects().forEach(row -> rows.put(row.projectId(), row));
        return rows;
    }

    private static SnapshotDiff.Side side(Snapshot snapshot) {
        return new SnapshotDiff.Side(snapshot.id, snapshot.asOf, snapshot.contentHash);
    }

    private Stored<SnapshotView> stored(Snapshot snapshot) {
        return Stored.unversioned(view(snapshot), snapshot.id);
    }

    private SnapshotView view(Snapshot snapshot) {
        return new SnapshotView(
                snapshot.id,
                snapshot.programmeId,
                snapshot.asOf,
                snapshot.note,
                snapshot.contentHash,
                snapshot.publishedBy,
                snapshot.publishedAt,
                read(snapshot.content));
    }

    private String write(ProgrammeBulletin bulletin) {
        try {
            return json.writeValueAsString(bulletin);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProgrammeBulletin read(String content) {
        try {
            return json.readValue(content, ProgrammeBulletin.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored snapshot does not read back", e);
        }
    }
}
