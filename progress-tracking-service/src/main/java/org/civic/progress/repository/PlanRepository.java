package org.civic.progress.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.civic.progress.client.RegistryChange;
import org.civic.progress.client.RegistryDepartment;
import org.civic.progress.client.RegistryFeed.Snapshot;
import org.civic.progress.client.RegistryProgramme;
import org.civic.progress.client.RegistryProject;
import org.civic.progress.client.RegistryRegion;
import org.jboss.logging.Logger;

/**
 * The plan read model's tables (V3__plan_read_model.sql). Writes are JDBC batches on the transaction's connection
 * (Agroal hands back the enlisted one), because the consumer applies up to a page of changes per transaction. Every
 * write of a change applies only over an older version, so a change applied twice has no effect; rows from a re-sync
 * or a direct check carry version {@value #UNKNOWN_VERSION}, which any change from the feed replaces.
 */
@ApplicationScoped
public class PlanRepository {

    /** The version of a row read from a list or by a direct check: the lists do not say it. */
    public static final long UNKNOWN_VERSION = -1;

    private static final Logger LOG = Logger.getLogger(PlanRepository.class);

    /** Where the consumer stands: null position until the first sync. */
    public record FeedState(Long position, Instant syncedAt) {}

    /** What a programme's figures are made of, by version: equal versions, equal figures (for the same date). */
    public record DataVersion(long planPosition, long programmeVersion) {}

    /** A programme as the read model holds it. */
    public record PlannedProgramme(RegistryProgramme programme, String state) {
        public boolean draft() {
            return "DRAFT".equals(state);
        }
    }

    private static final String UPSERT_REGION = """
            INSERT INTO plan_region (code, version, name_zh, name_en, parent_code) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET version = excluded.version, name_zh = excluded.name_zh,
                name_en = excluded.name_en, parent_code = excluded.parent_code
            WHERE plan_region.version < excluded.version""";
    private static final String UPSERT_DEPARTMENT = """
            INSERT INTO plan_department (id, version, name) VALUES (?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET version = excluded.version, name = excluded.name
            WHERE plan_department.version < excluded.version""";
    private static final String UPSERT_PROGRAMME = """
            INSERT INTO plan_programme (id, version, state, data, plan_position) VALUES (?, ?, ?, ?::jsonb, ?)
            ON CONFLICT (id) DO UPDATE SET version = excluded.version, state = excluded.state, data = excluded.data,
                plan_position = greatest(plan_programme.plan_position, excluded.plan_position)
            WHERE plan_programme.version < excluded.version""";
    /** A deletion is a row without data: a tombstone that keeps the version. */
    private static final String UPSERT_PROJECT = """
            INSERT INTO plan_project (id, version, programme_id, data) VALUES (?, ?, ?, ?::jsonb)
            ON CONFLICT (id) DO UPDATE SET version = excluded.version, programme_id = excluded.programme_id,
                data = excluded.data
            WHERE plan_project.version < excluded.version""";

    private static final String PROGRAMME_CHANGED =
            "UPDATE plan_programme SET plan_position = greatest(plan_position, ?) WHERE id = ?";
    /** A department's name is in the summaries of the programmes whose projects it leads. */
    private static final String DEPARTMENT_NAMED = """
            UPDATE plan_programme SET plan_position = greatest(plan_position, ?)
            WHERE id IN (SELECT programme_id FROM plan_project WHERE data->>'leadDepartmentId' = ?)""";
    /** A region's name is in the summaries of the programmes whose projects lie in it. */
    private static final String REGION_NAMED = """
            UPDATE plan_programme SET plan_position = greatest(plan_position, ?)
            WHERE id IN (SELECT programme_id FROM plan_project WHERE jsonb_exists(data->'districtCodes', ?))""";

    private final DataSource dataSource;
    private final ObjectMapper json;

    public PlanRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Where the consumer stands, locked until the current transaction ends: one applier at a time, in any replica. */
    public FeedState lockFeed() {
        return feedState("SELECT position, synced_at FROM plan_feed FOR UPDATE");
    }

    public FeedState feed() {
        return feedState("SELECT position, synced_at FROM plan_feed");
    }

    /** Applies a page of changes (in feed order) and moves the cursor to {@code next}, in the caller's transaction. */
    public void apply(List<RegistryChange> changes, long next) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement regions = connection.prepareStatement(UPSERT_REGION);
                PreparedStatement departments = connection.prepareStatement(UPSERT_DEPARTMENT);
                PreparedStatement programmes = connection.prepareStatement(UPSERT_PROGRAMME);
                PreparedStatement projects = connection.prepareStatement(UPSERT_PROJECT);
                PreparedStatement changed = connection.prepareStatement(PROGRAMME_CHANGED);
                PreparedStatement departmentNamed = connection.prepareStatement(DEPARTMENT_NAMED);
                PreparedStatement regionNamed = connection.prepareStatement(REGION_NAMED)) {
            // A page is often a thousand changes of one programme's projects: its position moves once, not per change.
            Map<UUID, Long> changedProgrammes = new HashMap<>();
            for (RegistryChange change : changes) {
                long position = change.position();
                JsonNode data = change.data();
                switch (change.entity()) {
                    case "region" -> {
                        region(regions, data, change.version());
                        named(regionNamed, position, change.entityId());
                    }
                    case "department" -> {
                        department(departments, data, change.version());
                        named(departmentNamed, position, change.entityId());
                    }
                    case "programme" -> programme(programmes, data, change.version(), position);
                    case "project" -> {
                        project(
                                projects,
                                UUID.fromString(change.entityId()),
                                change.programmeId(),
                                data,
                                change.version());
                        changedProgrammes.merge(change.programmeId(), position, Math::max);
                    }
                    default -> LOG.debugf("change type %s is not part of the plan", change.type());
                }
            }
            // Programmes before projects (a project names its programme), and the positions after both.
            regions.executeBatch();
            departments.executeBatch();
            programmes.executeBatch();
            projects.executeBatch();
            for (Map.Entry<UUID, Long> programme : changedProgrammes.entrySet()) {
                changed.setLong(1, programme.getValue());
                changed.setObject(2, programme.getKey());
                changed.addBatch();
            }
            changed.executeBatch();
            departmentNamed.executeBatch();
            regionNamed.executeBatch();
            moveFeed(connection, next, null);
        } catch (SQLException e) {
            throw new IllegalStateException("applying registry changes to the plan read model", e);
        }
    }

    /** Replaces the whole read model with a snapshot and continues the feed from its head. */
    public void replace(Snapshot snapshot, Instant syncedAt) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement clear = connection.prepareStatement(
                    "TRUNCATE plan_region, plan_department, plan_programme, plan_project")) {
                clear.execute();
            }
            try (PreparedStatement regions = connection.prepareStatement(UPSERT_REGION);
                    PreparedStatement departments = connection.prepareStatement(UPSERT_DEPARTMENT);
                    PreparedStatement programmes = connection.prepareStatement(UPSERT_PROGRAMME);
                    PreparedStatement projects = connection.prepareStatement(UPSERT_PROJECT)) {
                for (JsonNode region : snapshot.regions()) {
                    region(regions, region, UNKNOWN_VERSION);
                }
                for (JsonNode department : snapshot.departments()) {
                    department(departments, department, UNKNOWN_VERSION);
                }
                for (JsonNode programme : snapshot.programmes()) {
                    programme(programmes, programme, UNKNOWN_VERSION, snapshot.head());
                }
                for (JsonNode project : snapshot.projects()) {
                    project(projects, uuid(project, "id"), uuid(project, "programmeId"), project, UNKNOWN_VERSION);
                }
                regions.executeBatch();
                departments.executeBatch();
                programmes.executeBatch();
                projects.executeBatch();
            }
            moveFeed(connection, snapshot.head(), syncedAt);
        } catch (SQLException e) {
            throw new IllegalStateException("replacing the plan read model", e);
        }
    }

    /** The plan data was current at {@code at}: the consumer read the feed to its end. */
    public void synced(Instant at) {
        update("UPDATE plan_feed SET synced_at = greatest(synced_at, ?)", Timestamp.from(at));
    }

    /**
     * Keeps a programme, or a project and its programme, that a direct check found before the feed brought them;
     * a row the feed has already written is left as it is.
     */
    public void remember(RegistryProgramme programme, JsonNode data) {
        update(
                "INSERT INTO plan_programme (id, version, state, data) VALUES (?, ?, ?, ?::jsonb)"
                        + " ON CONFLICT (id) DO NOTHING",
                programme.id(),
                UNKNOWN_VERSION,
                programme.state(),
                data.toString());
    }

    public void remember(RegistryProject project, JsonNode data) {
        update(
                "INSERT INTO plan_project (id, version, programme_id, data) VALUES (?, ?, ?, ?::jsonb)"
                        + " ON CONFLICT (id) DO NOTHING",
                project.id(),
                UNKNOWN_VERSION,
                project.programmeId(),
                data.toString());
    }

    public void remember(RegistryDepartment department) {
        update(
                "INSERT INTO plan_department (id, version, name) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                department.id(),
                UNKNOWN_VERSION,
                department.name());
    }

    public void remember(RegistryRegion region) {
        update(
                "INSERT INTO plan_region (code, version, name_zh, name_en) VALUES (?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
                region.code(),
                UNKNOWN_VERSION,
                region.name() == null ? null : region.name().zh(),
                region.name() == null ? null : region.name().en());
    }

    public Optional<PlannedProgramme> programme(UUID id) {
        return query(
                        "SELECT data::text, state FROM plan_programme WHERE id = ?",
                        List.of(id),
                        row -> new PlannedProgramme(read(row.getString(1), RegistryProgramme.class), row.getString(2)))
                .stream()
                .findFirst();
    }

    /** The ids of the {@code limit} published programmes of the latest years, the last changed first. */
    public List<UUID> recentPublishedProgrammes(int limit) {
        return query(
                "SELECT id FROM plan_programme WHERE data IS NOT NULL AND state <> 'DRAFT'"
                        + " ORDER BY (data->>'year')::int DESC, plan_position DESC LIMIT ?",
                List.of(limit),
                row -> row.getObject(1, UUID.class));
    }

    /** The programme's projects, by code (as the registry lists them). */
    public List<RegistryProject> projectsOf(UUID programmeId) {
        return query(
                "SELECT data::text FROM plan_project WHERE programme_id = ? AND data IS NOT NULL ORDER BY data->>'code', id",
                List.of(programmeId),
                row -> read(row.getString(1), RegistryProject.class));
    }

    /** The projects the read model knows among {@code ids}: a deleted one maps to empty. */
    public Map<UUID, Optional<RegistryProject>> projects(Collection<UUID> ids) {
        Map<UUID, Optional<RegistryProject>> known = new HashMap<>();
        if (ids.isEmpty()) {
            return known;
        }
        query(
                        "SELECT id, data::text FROM plan_project WHERE id = ANY (?)",
                        List.of((Object) ids.toArray(UUID[]::new)),
                        row -> {
                            String data = row.getString(2);
                            return Map.entry(
                                    row.getObject(1, UUID.class),
                                    Optional.ofNullable(data == null ? null : read(data, RegistryProject.class)));
                        })
                .forEach(entry -> known.put(entry.getKey(), entry.getValue()));
        return known;
    }

    public Map<UUID, String> departmentNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            query(
                            "SELECT id, name FROM plan_department WHERE id = ANY (?)",
                            List.of((Object) ids.toArray(UUID[]::new)),
                            row -> Map.entry(row.getObject(1, UUID.class), row.getString(2)))
                    .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        }
        return names;
    }

    public Map<String, RegistryRegion.Name> regionNames(Collection<String> codes) {
        Map<String, RegistryRegion.Name> names = new HashMap<>();
        if (!codes.isEmpty()) {
            query(
                            "SELECT code, name_zh, name_en FROM plan_region WHERE code = ANY (?)",
                            List.of((Object) codes.toArray(String[]::new)),
                            row -> Map.entry(
                                    row.getString(1), new RegistryRegion.Name(row.getString(2), row.getString(3))))
                    .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        }
        return names;
    }

    public DataVersion version(UUID programmeId) {
        return query("""
                        SELECT coalesce((SELECT plan_position FROM plan_programme WHERE id = ?), 0),
                               coalesce((SELECT version FROM programme_version WHERE programme_id = ?), 0)""", List.of(programmeId, programmeId), row -> new DataVersion(row.getLong(1), row.getLong(2)))
                .get(0);
    }

    /**
     * The programme's local inputs changed (an approval, a milestone, a project a direct check remembered): its figures
     * get a new version, in the transaction of the change.
     */
    public void programmeChanged(UUID programmeId) {
        update(
                "INSERT INTO programme_version (programme_id, version) VALUES (?, 1)"
                        + " ON CONFLICT (programme_id) DO UPDATE SET version = programme_version.version + 1",
                programmeId);
    }

    private void moveFeed(Connection connection, long position, Instant syncedAt) throws SQLException {
        try (PreparedStatement feed =
                connection.prepareStatement("UPDATE plan_feed SET position = ?, synced_at = coalesce(?, synced_at)")) {
            feed.setLong(1, position);
            feed.setTimestamp(2, syncedAt == null ? null : Timestamp.from(syncedAt));
            feed.execute();
        }
    }

    private static void named(PreparedStatement statement, long position, String entityId) throws SQLException {
        statement.setLong(1, position);
        statement.setString(2, entityId);
        statement.addBatch();
    }

    private static void region(PreparedStatement statement, JsonNode region, long version) throws SQLException {
        JsonNode name = region.path("name");
        statement.setString(1, region.get("code").asText());
        statement.setLong(2, version);
        statement.setString(3, text(name, "zh"));
        statement.setString(4, text(name, "en"));
        statement.setString(5, text(region, "parentCode"));
        statement.addBatch();
    }

    private static void department(PreparedStatement statement, JsonNode department, long version) throws SQLException {
        statement.setObject(1, uuid(department, "id"));
        statement.setLong(2, version);
        statement.setString(3, text(department, "name"));
        statement.addBatch();
    }

    private static void programme(PreparedStatement statement, JsonNode programme, long version, long position)
            throws SQLException {
        statement.setObject(1, uuid(programme, "id"));
        statement.setLong(2, version);
        statement.setString(3, text(programme, "state"));
        statement.setString(4, programme.toString());
        statement.setLong(5, position);
        statement.addBatch();
    }

    private static void project(PreparedStatement statement, UUID id, UUID programmeId, JsonNode data, long version)
            throws SQLException {
        statement.setObject(1, id);
        statement.setLong(2, version);
        statement.setObject(3, programmeId);
        statement.setString(4, data == null || data.isNull() ? null : data.toString());
        statement.addBatch();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(node.get(field).asText());
    }

    private <T> T read(String data, Class<T> type) {
        try {
            return json.readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan row that is not the registry's " + type.getSimpleName(), e);
        }
    }

    private FeedState feedState(String sql) {
        return query(sql, List.of(), row -> {
                    long position = row.getLong(1);
                    Long cursor = row.wasNull() ? null : position;
                    Timestamp synced = row.getTimestamp(2);
                    return new FeedState(cursor, synced == null ? null : synced.toInstant());
                })
                .get(0);
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> parameters, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters.toArray());
            List<T> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the plan read model", e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("writing the plan read model", e);
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, Object[] parameters)
            throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter instanceof UUID[] ids) {
                Array array = connection.createArrayOf("uuid", ids);
                statement.setArray(i + 1, array);
            } else if (parameter instanceof String[] codes) {
                statement.setArray(i + 1, connection.createArrayOf("varchar", codes));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
    }
}
