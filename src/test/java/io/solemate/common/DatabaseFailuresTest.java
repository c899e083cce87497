package io.solemate.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    private static PgException pg(String state) {
        return new PgException("message", "ERROR", state, "detail");
    }

    @Test
    void anUnreachableOrRestartingServerIsAnOutage() {
        assertTrue(DatabaseFailures.unreachable(new ConnectException("Connection refused")));
        assertTrue(DatabaseFailures.unreachable(new SocketException("Connection reset by peer")));
        assertTrue(DatabaseFailures.unreachable(ClosedConnectionException.INSTANCE));
        assertTrue(DatabaseFailures.unreachable(new NoStackTraceThrowable("Timeout")));
        assertTrue(DatabaseFailures.unreachable(new NoStackTraceTimeoutException("connection acquire timed out")));
        assertTrue(DatabaseFailures.unreachable(new RuntimeException("wrapped", pg("57P03"))));
        assertTrue(DatabaseFailures.unreachable(pg("08006")));
        assertTrue(DatabaseFailures.unreachable(pg("55P03")));
    }

    @Test
    void otherSqlErrorsAreBugsNotOutages() {
        assertFalse(DatabaseFailures.unreachable(pg("23505")));
        assertFalse(DatabaseFailures.unreachable(pg("42P01")));
        assertFalse(DatabaseFailures.unreachable(new IllegalStateException("a bug")));
        assertFalse(DatabaseFailures.unreachable(new RuntimeException("wrapped", pg("22P02"))));
    }

    @Test
    void onlySerializationFailuresAndDeadlocksAreRetried() {
        assertTrue(DatabaseFailures.transientConflict(pg("40001")));
        assertTrue(DatabaseFailures.transientConflict(new RuntimeException(pg("40P01"))));
        assertFalse(DatabaseFailures.transientConflict(pg("23505")));
        assertFalse(DatabaseFailures.transientConflict(new ConnectException("refused")));
    }
}
