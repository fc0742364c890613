package org.civic.common.problem;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.civic.common.web.RequestIds;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * Reads a failure's whole cause chain (however deeply a commit-time failure is wrapped) and says which problem
 * it is, or {@code null} when it is none of the known ones:
 * <ul>
 * <li>a {@link ProblemException} anywhere in the chain: that problem;</li>
 * <li>an optimistic-lock failure ({@link OptimisticLockException}, Hibernate's {@link StaleStateException} and
 * {@code StaleObjectStateException}): 412;</li>
 * <li>SQLState class 23 (integrity constraint): 409 {@code constraint-violation}; 40001 (serialization failure)
 * or 40P01 (deadlock): 409 {@code concurrent-write};</li>
 * <li>SQLState class 22 (data exception: a value too long for its column, out of range, not representable): 400
 * {@code invalid-value} — input that passed validation but not the database is still the caller's;</li>
 * <li>the database out of reach: SQLState class 08, 57P01–57P03 (server shutting down or starting), 53300 (too
 * many connections), {@link SQLTransientConnectionException}, {@link SQLNonTransientConnectionException},
 * Hibernate's {@link JDBCConnectionException}, or the pool's acquisition timeout: 503 with {@code Retry-After}.</li>
 * </ul>
 */
public final class DatabaseFailures {

    public static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(DatabaseFailures.class);
    /** How many chained SQL exceptions ({@code getNextException}) of one cause are read. */
    private static final int MAX_NEXT_EXCEPTIONS = 32;

    private DatabaseFailures() {}

    public static ProblemException classify(Throwable failure) {
        boolean stale = false;
        boolean unreachable = false;
        String constraintState = null;
        boolean badValue = false;
        for (Throwable t : Causes.chain(failure)) {
            if (t instanceof ProblemException problem) {
                return problem;
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                stale = true;
            }
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                unreachable = true;
            }
            if (t instanceof SQLException sql) {
                int read = 0;
                for (SQLException next = sql;
                        next != null && read < MAX_NEXT_EXCEPTIONS;
                        next = next.getNextException(), read++) {
                    String state = next.getSQLState();
                    if (state != null && (state.startsWith("23") || state.equals("40001") || state.equals("40P01"))) {
                        constraintState = constraintState == null ? state : constraintState;
                    } else if (state != null && state.startsWith("22")) {
                        badValue = true;
                    } else if (state != null
                            && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
                        unreachable = true;
                    } else if (acquisitionTimeout(next)) {
                        unreachable = true;
                    }
                    if (next.getNextException() == next) {
                        break;
                    }
                }
            }
        }
        if (stale) {
            return ProblemException.preconditionFailed(
                    "The resource was changed by another request; read it again and retry with its new ETag.");
        }
        if (constraintState != null) {
            LOG.infof("request %s hit a database conflict: SQLState %s", RequestIds.current(), constraintState);
            return constraintState.startsWith("23")
                    ? ProblemException.conflict(
                            "constraint-violation",
                            "The request conflicts with existing data (a duplicate or a reference that is in use).")
                    : ProblemException.conflict(
                                    "concurrent-write",
                                    "Another request changed the same data at the same time; read it again and retry.")
                            .header("Retry-After", "1");
        }
        if (badValue) {
            LOG.infof("request %s sent a value the database refused", RequestIds.current());
            return new ProblemException(new Problem(
                    "invalid-value", "Invalid value", 400, "A value in the request is too long or out of range."));
        }
        if (unreachable) {
            LOG.warnf("request %s: the database is out of reach: %s", RequestIds.current(), failure.toString());
            return ProblemException.serviceUnavailable(
                    "The service's database is unavailable at the moment; retry later.", RETRY_AFTER_SECONDS);
        }
        return null;
    }

    /** Agroal's "Acquisition timeout while waiting for new connection" carries no SQLState. */
    private static boolean acquisitionTimeout(SQLException e) {
        String message = e.getMessage();
        if (message == null || !message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
            return false;
        }
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 || trace[0].getClassName().startsWith("io.agroal") || message.contains("connection");
    }
}
