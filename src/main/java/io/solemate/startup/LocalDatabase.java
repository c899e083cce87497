package io.solemate.startup;

/**
 * A database started by the process itself for local runs. Implemented only in the {@code local} build profile
 * (see {@code src/local/java}), found through {@link java.util.ServiceLoader}, so production builds carry none.
 */
public interface LocalDatabase extends AutoCloseable {

    /** Starts the database (reusing its data directory) and tells how to reach it. */
    Connection start() throws Exception;

    @Override
    void close() throws Exception;

    /** Where the started database listens, as {@code host:port/database}, and the user to log in as. */
    record Connection(String hostPortDatabase, String user) {
    }
}
