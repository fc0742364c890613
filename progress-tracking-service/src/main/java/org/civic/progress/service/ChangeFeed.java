package org.civic.progress.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.civic.common.feed.ChangeLog;
import org.civic.common.security.Caller;
import org.civic.common.web.BusinessClock;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.progress.api.ChangeEvent;
import org.civic.progress.api.ChangeFeedPage;
import org.civic.progress.api.ProjectStatus;
import org.civic.progress.config.ChangeRetention;

/**
 * Progress tracking's change feed (README "Change feed"), kept by common's {@link ChangeLog} like the registry's: the
 * writes record their events in their own transaction, appended in commit order when it commits.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final String RESYNC = "Re-sync: take GET /changes/head, re-read what you keep (a project's"
            + " reports, milestones and status), then follow GET /changes?after=<that head's next>.";

    private final ChangeLog<ChangeEvent> log;
    private final Caller caller;
    private final ChangeRetention retention;
    private final StatusService statuses;
    private final BusinessClock clock;
    private final NoticeService notices;

    public ChangeFeed(
            TransactionSynchronizationRegistry transactions,
            DataSource dataSource,
            ObjectMapper json,
            Caller caller,
            ChangeRetention retention,
            StatusService statuses,
            BusinessClock clock,
            NoticeService notices) {
        this.notices = notices;
        this.log =
                new ChangeLog<>(transactions, dataSource, json, ChangeEvent::new, ChangeVisibility.API_CLIENTS, RESYNC);
        this.caller = caller;
        this.retention = retention;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** Records an event of the current transaction: a report or milestone {@code written} as a GET returns it. */
    public void record(String type, UUID programmeId, Stored<?> written) {
        log.record(type, written.id(), written.version(), programmeId, written.view());
    }

    /**
     * Runs {@code write} (inside the caller's transaction) and records {@code project.status-changed} when it changed
     * the project's phase or health as of the business day; a project it turned delayed or red gets a 督办 notice
     * ({@link NoticeService#onStatusChange}). Both statuses are read in the transaction, so the second
     * sees the write's flushed rows.
     */
    public <V> Stored<V> trackingStatus(UUID projectId, Supplier<Stored<V>> write) {
        ProjectStatus before = statuses.project(projectId, clock.today());
        Stored<V> written = write.get();
        ProjectStatus after = statuses.project(projectId, clock.today());
        if (!Objects.equals(before.phase(), after.phase()) || before.health() != after.health()) {
            log.record(ChangeEvent.PROJECT_STATUS_CHANGED, projectId, written.version(), after.programmeId(), after);
        }
        notices.onStatusChange(before, after);
        return written;
    }

    /** The events after {@code after} (from the oldest kept when null) that the caller may see, oldest first. */
    public ChangeFeedPage read(Long after, int limit) {
        ChangeLog.Slice<ChangeEvent> slice = log.read(after, limit, caller.staff());
        return new ChangeFeedPage(slice.items(), slice.next());
    }

    /** The cursor of the newest event. */
    public ChangeFeedPage head() {
        return new ChangeFeedPage(List.of(), log.head());
    }

    /** Deletes the events older than the retention ({@code progress.changes.retention}). */
    @Scheduled(every = "{progress.changes.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        purge(Times.now().minus(retention.retention()));
    }

    /** Deletes the events recorded before {@code before}; answers the highest position purged so far. */
    @Transactional
    public long purge(Instant before) {
        return log.purge(before);
    }
}
