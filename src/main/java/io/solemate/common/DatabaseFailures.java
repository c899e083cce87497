package io.solemate.common;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;

/** Tells an unreachable database apart from other failures, for the 503 answers and the start-up retries. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * True when the failure, or one of its causes, says the database cannot be reached: connection refused, a
     * connection closed under a query (the Vert.x client fails with a {@link VertxException} or a bare
     * {@link NoStackTraceThrowable}), or a server refusing work with SQLSTATE class 08 (connection exception)
     * or 57 (operator intervention: shutting down, cannot connect now, statement timeout). Other SQL errors are
     * bugs, not outages.
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof PgException pg) {
                String state = pg.getSqlState();
                return state != null && (state.startsWith("08") || state.startsWith("57"));
            }
            if (e instanceof ConnectException || e instanceof VertxException || e instanceof NoStackTraceThrowable) {
                return true;
            }
        }
        return false;
    }
}
