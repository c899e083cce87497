package io.solemate.common;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/** Tells an unreachable database apart from other failures, for the 503 answers and the start-up retries. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * True when the failure, or one of its causes, says the database cannot be reached: connection refused, a
     * connection closed or reset under a query (the Vert.x client fails with a {@link VertxException}, a bare
     * {@link NoStackTraceThrowable} or the socket's {@link IOException}), no connection within the pool's or the
     * connect timeout (a {@link TimeoutException}: the server restarting under load), or a server refusing work with SQLSTATE class 08 (connection exception)
     * or 57 (operator intervention: shutting down, cannot connect now, statement timeout), or a lock not granted
     * within {@code lock_timeout} (55P03). Other SQL errors are bugs, not outages.
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof PgException pg) {
                String state = pg.getSqlState();
                return state != null && (state.startsWith("08") || state.startsWith("57") || state.equals("55P03"));
            }
            if (e instanceof IOException || e instanceof TimeoutException || e instanceof VertxException
                    || e instanceof NoStackTraceThrowable) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when PostgreSQL aborted the transaction because another one wrote the same rows at the same time
     * (serialization failure 40001, deadlock 40P01): the same transaction, run again, is expected to succeed.
     */
    public static boolean transientConflict(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof PgException pg) {
                return "40001".equals(pg.getSqlState()) || "40P01".equals(pg.getSqlState());
            }
        }
        return false;
    }
}
