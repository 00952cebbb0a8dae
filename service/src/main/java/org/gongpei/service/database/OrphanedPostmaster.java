package org.gongpei.service.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

/**
 * A PostgreSQL server left running on a data directory by a gongpei that died without stopping it (for
 * example after {@code kill -9}): the embedded server is a separate process and outlives the JVM.
 *
 * <p>Only call this while holding the data directory's {@link DataDirectoryLock}: then no live gongpei owns
 * the directory, and a postmaster still running on it is an orphan. PostgreSQL names its process in the
 * first line of {@code postmaster.pid} and its data directory in the second.
 */
final class OrphanedPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class);
    private static final Duration SMART_STOP = Duration.ofSeconds(30);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private OrphanedPostmaster() {
    }

    /**
     * Stops the postmaster running on {@code dataDirectory}, if any: first asked to shut down (SIGTERM),
     * then killed if it has not stopped in 30 s (PostgreSQL recovers from its journal at the next start).
     *
     * @return the process id of the server that was stopped, if there was one
     */
    static Optional<Long> stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> postmaster = find(dataDirectory);
        if (postmaster.isEmpty()) {
            return Optional.empty();
        }
        ProcessHandle process = postmaster.get();
        LOG.warnf("A PostgreSQL server (process %d) is still running on %s, left by a gongpei that did not stop"
                + " cleanly; stopping it", process.pid(), dataDirectory);
        process.destroy();
        if (!awaitExit(process, SMART_STOP)) {
            LOG.warnf("PostgreSQL process %d did not stop in %d s; killing it", process.pid(), SMART_STOP.toSeconds());
            process.destroyForcibly();
            if (!awaitExit(process, KILL_WAIT)) {
                throw new IllegalStateException("Cannot stop the PostgreSQL server (process " + process.pid()
                        + ") left running on " + dataDirectory);
            }
        }
        return Optional.of(process.pid());
    }

    /** @return the live postgres process that {@code postmaster.pid} in the directory names */
    static Optional<ProcessHandle> find(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !sameDirectory(Path.of(lines.get(1).trim()), dataDirectory)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanedPostmaster::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.startsWith("postgres")).orElse(false);
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
