package org.civic.registry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.civic.common.feed.ChangeLog;
import org.civic.common.security.Caller;
import org.civic.common.web.Times;
import org.civic.registry.api.ChangeEvent;
import org.civic.registry.api.ChangeFeedPage;
import org.civic.registry.config.ChangeRetention;

/**
 * The registry's change feed (README "Change feed"), kept by common's {@link ChangeLog}: appended in commit order, read
 * after a cursor under the registry's read rules, purged after the retention.
 */
@ApplicationScoped
public class ChangeFeed {

    /** API clients see regions, departments and the changes of programmes that are not drafts (now). */
    static final String VISIBLE_TO_API_CLIENTS = "e.programme_id IS NULL"
            + " OR EXISTS (SELECT 1 FROM programme g WHERE g.id = e.programme_id AND g.state <> 'DRAFT')";

    private static final String RESYNC = "Re-sync: take GET /changes/head, re-read the lists (regions, departments,"
            + " programmes, projects), then follow GET /changes?after=<that head's next>.";

    private final ChangeLog<ChangeEvent> log;
    private final Caller caller;
    private final ChangeRetention retention;

    public ChangeFeed(
            TransactionSynchronizationRegistry transactions,
            DataSource dataSource,
            ObjectMapper json,
            Caller caller,
            ChangeRetention retention) {
        this.log = new ChangeLog<>(transactions, dataSource, json, ChangeEvent::new, VISIBLE_TO_API_CLIENTS, RESYNC);
        this.caller = caller;
        this.retention = retention;
    }

    /**
     * Records a change made in the current transaction; it is appended when (and only if) the transaction commits.
     * {@code view} is the public representation after the change (null for a deletion).
     */
    public void record(String type, Object entityId, long version, UUID programmeId, Object view) {
        log.record(type, entityId, version, programmeId, view);
    }

    /** The changes after {@code after} (from the oldest kept when null) that the caller may see, oldest first. */
    public ChangeFeedPage read(Long after, int limit) {
        ChangeLog.Slice<ChangeEvent> slice = log.read(after, limit, caller.staff());
        return new ChangeFeedPage(slice.items(), slice.next());
    }

    /** The cursor of the newest change: read the lists after taking it, then follow the feed from it. */
    public ChangeFeedPage head() {
        return new ChangeFeedPage(List.of(), log.head());
    }

    /** Deletes the changes older than the retention ({@code registry.changes.retention}). */
    @Scheduled(every = "{registry.changes.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        purge(Times.now().minus(retention.retention()));
    }

    /** Deletes the changes recorded before {@code before}; answers the highest position purged so far. */
    @Transactional
    public long purge(Instant before) {
        return log.purge(before);
    }
}
