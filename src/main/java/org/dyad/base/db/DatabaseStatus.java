package org.dyad.base.db;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * Whether the database answers, checked in the background every few seconds
 * ({@code dyad.db-check-interval}, ms), so pages can say so at once when it does not and come back by
 * themselves when it does again. The connection pool reconnects on its own; nothing to restart.
 */
@Component
public class DatabaseStatus {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStatus.class);

    private final DataSource dataSource;
    private volatile boolean reachable = true;
    private volatile Instant since = Instant.now();

    public DatabaseStatus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean reachable() {
        return reachable;
    }

    /** Since when the database has been in its current state. */
    public Instant since() {
        return since;
    }

    /** Asks the database now (also what the background check runs). */
    @Scheduled(fixedDelayString = "${dyad.db-check-interval:5000}", initialDelayString = "${dyad.db-check-interval:5000}")
    public boolean check() {
        String why = answers();
        if (why != null && evictPooledConnections()) {
            why = answers(); // the pool may have handed out a connection that died with the old server
        }
        boolean now = why == null;
        if (now != reachable) {
            since = Instant.now();
            if (now) {
                LOG.info("The database answers again");
            } else {
                LOG.warn("The database does not answer ({}); pages say so and recover by themselves when it does", why);
            }
        } else if (!now) {
            LOG.debug("The database still does not answer: {}", why);
        }
        reachable = now;
        return now;
    }

    /** Null when the database answers, else why not. */
    private String answers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2) ? null : "the connection is not valid";
        } catch (SQLException | RuntimeException e) {
            return e.toString();
        }
    }

    /** Drops the pool's idle connections (they are opened afresh when next needed); false without a pool. */
    private boolean evictPooledConnections() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                    return true;
                }
            }
        } catch (SQLException e) {
            LOG.debug("No pool to refresh: {}", e.toString());
        }
        return false;
    }

    /**
     * Whether {@code failure} means the database could not be reached (rather than a bug or bad
     * data). Also marks the database unreachable at once, without waiting for the next check.
     */
    public boolean isUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                if (reachable) {
                    since = Instant.now();
                    LOG.warn("The database does not answer: {}", t.toString());
                }
                reachable = false;
                return true;
            }
        }
        return false;
    }
}
