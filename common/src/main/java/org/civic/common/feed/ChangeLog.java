package org.civic.common.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Params;

/**
 * A service's change feed, one implementation for every service that has one (each creates the tables
 * {@code change_event}, {@code change_feed_horizon} and the sequence {@code change_event_position} in its own
 * migration). Writers {@link #record} each change inside the transaction that makes it; the changes of one transaction
 * are appended just before it commits, under a transaction-scoped advisory lock, so positions are handed out in commit
 * order and a reader that has seen position n will never later find a change below n. Plain JDBC on the transaction's
 * own connection (Agroal hands the enlisted one back), because Hibernate has already flushed when the synchronization
 * runs.
 *
 * @param <E> the service's API record of one change, made by its {@link EventFactory}
 */
public final class ChangeLog<E> {

    /** Makes a service's API record of one change from its stored columns. */
    @FunctionalInterface
    public interface EventFactory<E> {
        E event(
                String cursor,
                String type,
                String entityId,
                long version,
                Instant recordedAt,
                UUID programmeId,
                String data);
    }

    /** A stretch of the feed, oldest first, and the cursor to continue from. */
    public record Slice<E>(List<E> items, String next) {}

    /** A page of the feed: at most {@link #MAX_LIMIT} changes, {@link #DEFAULT_LIMIT} unless asked otherwise. */
    public static final int DEFAULT_LIMIT = 100;

    public static final int MAX_LIMIT = 1000;

    /** The advisory lock key that serialises appends (an arbitrary constant: "changes" in ASCII). */
    static final long APPEND_LOCK = 0x6368616e676573L;

    private static final String INSERT = "INSERT INTO change_event"
            + " (position, type, entity_id, version, recorded_at, programme_id, data)"
            + " VALUES (nextval('change_event_position'), ?, ?, ?, clock_timestamp(), ?, ?::json)";

    private static final String SELECT = "SELECT e.position, e.type, e.entity_id, e.version, e.recorded_at,"
            + " e.programme_id, e.data FROM change_event e WHERE e.position > ?";

    private static final String ORDER = " ORDER BY e.position LIMIT ?";

    private static final String HORIZON = "SELECT purged_through FROM change_feed_horizon";

    private static final String HEAD = "SELECT greatest(purged_through, (SELECT coalesce(max(position), 0)"
            + " FROM change_event)) FROM change_feed_horizon";

    /** Deletes the oldest changes, a prefix by position, and remembers the highest position deleted. */
    private static final String PURGE = "WITH gone AS (DELETE FROM change_event WHERE position <= (SELECT max(position)"
            + " FROM change_event WHERE recorded_at < ?) RETURNING position) UPDATE change_feed_horizon"
            + " SET purged_through = greatest(purged_through, (SELECT coalesce(max(position), 0) FROM gone))"
            + " RETURNING purged_through";

    private record Pending(String type, String entityId, long version, UUID programmeId, String data) {}

    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final EventFactory<E> events;
    private final String readAll;
    private final String readVisible;
    private final String resync;

    /**
     * {@code visibleToApiClients} is an SQL condition on the change row {@code e} (columns as in the table): which
     * changes callers who are not staff may see. Staff reads never evaluate it, so it may name tables a staff-only
     * deployment lacks. {@code resync} tells a caller whose cursor expired how to start again.
     */
    public ChangeLog(
            TransactionSynchronizationRegistry transactions,
            DataSource dataSource,
            ObjectMapper json,
            EventFactory<E> events,
            String visibleToApiClients,
            String resync) {
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.json = json;
        this.events = events;
        this.readAll = SELECT + ORDER;
        this.readVisible = SELECT + " AND (" + visibleToApiClients + ")" + ORDER;
        this.resync = resync;
    }

    /** The {@code limit} query parameter: 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when absent; 400 otherwise. */
    public static int limit(String value) {
        Integer size = Params.integer("limit", value, 1, MAX_LIMIT);
        return size == null ? DEFAULT_LIMIT : size;
    }

    /**
     * Records a change made in the current transaction; it is appended when (and only if) the transaction commits.
     * {@code view} is the public representation after the change (null for a deletion).
     */
    public void record(String type, Object entityId, long version, UUID programmeId, Object view) {
        pending().add(new Pending(type, entityId.toString(), version, programmeId, view == null ? null : write(view)));
    }

    /** The changes after {@code after} (from the oldest kept when null) that the caller may see, oldest first. */
    public Slice<E> read(Long after, int limit, boolean staff) {
        List<E> items = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            long from = after == null ? horizon(connection) : after;
            long last = from;
            try (PreparedStatement statement = connection.prepareStatement(staff ? readAll : readVisible)) {
                statement.setLong(1, from);
                statement.setInt(2, limit);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        last = row.getLong(1);
                        items.add(event(row));
                    }
                }
            }
            // Read after the rows: a purge that committed before them has moved the horizon by now. Without a cursor
            // the caller asked for the oldest kept, which the rows are either way.
            long horizon = horizon(connection);
            if (after != null && from < horizon) {
                throw gone(from, horizon);
            }
            return new Slice<>(items, ChangeCursor.format(last));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the change feed", e);
        }
    }

    /** The cursor of the newest change: read the lists after taking it, then follow the feed from it. */
    public String head() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(HEAD);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return ChangeCursor.format(row.getLong(1));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the change feed's head", e);
        }
    }

    /** Deletes the changes recorded before {@code before}; answers the highest position purged so far. */
    public long purge(Instant before) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(PURGE)) {
            statement.setTimestamp(1, Timestamp.from(before));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("purging the change feed", e);
        }
    }

    private List<Pending> pending() {
        @SuppressWarnings("unchecked")
        List<Pending> pending = (List<Pending>) transactions.getResource(ChangeLog.class);
        if (pending == null) {
            if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
                throw new IllegalStateException("a change is recorded inside the transaction that makes it");
            }
            List<Pending> changes = new ArrayList<>();
            transactions.putResource(ChangeLog.class, changes);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    append(changes);
                }

                @Override
                public void afterCompletion(int status) {}
            });
            pending = changes;
        }
        return pending;
    }

    /** Runs last in the transaction; the lock is held until it commits, so the serialised part is short. */
    private void append(List<Pending> changes) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, APPEND_LOCK);
                lock.execute();
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Pending change : changes) {
                    insert.setString(1, change.type());
                    insert.setString(2, change.entityId());
                    insert.setLong(3, change.version());
                    insert.setObject(4, change.programmeId());
                    insert.setString(5, change.data());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("appending to the change feed", e);
        }
    }

    private long horizon(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HORIZON);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private E event(ResultSet row) throws SQLException {
        return events.event(
                ChangeCursor.format(row.getLong(1)),
                row.getString(2),
                row.getString(3),
                row.getLong(4),
                row.getTimestamp(5).toInstant(),
                row.getObject(6, UUID.class),
                row.getString(7));
    }

    private ProblemException gone(long after, long horizon) {
        return new ProblemException(new Problem(
                        "changes-expired",
                        "Gone",
                        410,
                        "The changes after " + after + " are no longer kept (up to " + horizon
                                + " were purged by retention). " + resync))
                .with("horizon", ChangeCursor.format(horizon));
    }

    private String write(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing a change's representation", e);
        }
    }
}
