package io.solemate.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL of its own that a test can stop (or kill) and start again: same port, same data directory, so the
 * service sees the same database go away and come back. With the init argument {@code startStopped=true} the service
 * starts while the database is down. Tests reach it through the static {@link #stopServer}, {@link #killServer}
 * and {@link #startServer}.
 */
public class RestartablePostgres implements QuarkusTestResourceLifecycleManager {

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres running;

    private boolean startStopped;

    @Override
    public void init(Map<String, String> initArgs) {
        startStopped = Boolean.parseBoolean(initArgs.getOrDefault("startStopped", "false"));
    }

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("solemate-restartable-pg");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startServer();
        if (startStopped) {
            stopServer();
        }
        String url = "127.0.0.1:" + port + "/postgres";
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + url,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    public static synchronized void startServer() {
        if (running != null) {
            return;
        }
        try {
            running = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the restartable PostgreSQL", e);
        }
    }

    /** Stops the server (fast shutdown: open connections are cut), keeping its data. */
    public static synchronized void stopServer() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running = null;
        }
    }

    /**
     * Kills the server as a crash would: SIGKILL to the postmaster and every backend, no shutdown checkpoint. The next
     * {@link #startServer} runs PostgreSQL's crash recovery from the write-ahead log.
     */
    public static synchronized void killServer() {
        if (running == null) {
            return;
        }
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow();
            List<ProcessHandle> processes = new ArrayList<>(server.descendants().toList());
            processes.add(server);
            processes.forEach(ProcessHandle::destroyForcibly);
            // Killed processes may linger as zombies where nothing reaps them: give them a moment, no more.
            for (int i = 0; i < 50 && processes.stream().anyMatch(ProcessHandle::isAlive); i++) {
                Thread.sleep(100);
            }
            // As an operator would after a crash: the lock file names a dead (perhaps unreaped) postmaster, which
            // would stop the restart. Removing it leaves crash recovery to run from the write-ahead log.
            Files.deleteIfExists(pidFile);
            // Releases the data directory's lock this JVM holds for the killed instance; with no pid file, its
            // stop finds no server to stop.
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            running = null;
        }
    }

    @Override
    public void stop() {
        stopServer();
        // The data directory is kept by the stops above; remove it with the run.
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
