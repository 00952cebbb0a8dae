package org.gongpei.service.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL server the application starts itself when no JDBC URL is configured.
 *
 * <p>It is started at most once per JVM, on the first request for its URL, and stopped by a JVM
 * shutdown hook. With a data directory, the data survives restarts; without one, it lives in a
 * temporary directory that is deleted on shutdown (the test setting).
 *
 * <p>A kept data directory is claimed with a {@link DataDirectoryLock}: a second gongpei on the same directory
 * stops with a message, and a server that an earlier gongpei left running there when it was killed is
 * stopped ({@link OrphanedPostmaster}) before a new one starts.
 */
public final class EmbeddedDatabase {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private static EmbeddedPostgres server;
    /** Held for the life of the process, so that no other gongpei starts a server on the same directory. */
    private static DataDirectoryLock claim;

    private EmbeddedDatabase() {
    }

    /**
     * Starts the server if it is not running yet and returns its JDBC URL.
     *
     * @param dataDirectory where the cluster lives; blank for a temporary cluster
     */
    public static synchronized String jdbcUrl(String dataDirectory) {
        if (server == null) {
            server = start(dataDirectory);
        }
        return server.getJdbcUrl(USER, "postgres");
    }

    private static EmbeddedPostgres start(String dataDirectory) {
        boolean temporary = dataDirectory == null || dataDirectory.isBlank();
        try {
            Path directory = temporary
                    ? Files.createTempDirectory("gongpei-pg-")
                    : Path.of(dataDirectory).toAbsolutePath();
            Files.createDirectories(directory);
            if (!temporary) {
                claim = DataDirectoryLock.tryAcquire(directory).orElseThrow(() -> new IllegalStateException(
                        "Another gongpei is using the data directory " + directory + " (it holds "
                                + DataDirectoryLock.lockFile(directory) + ")"));
                OrphanedPostmaster.stopIfRunning(directory);
            }
            LOG.infof("Starting embedded PostgreSQL in %s (%s)", directory,
                    temporary ? "temporary, deleted on shutdown" : "kept across restarts");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(temporary)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "50")
                    // A year of delivery records is imported in one transaction of a few GB: fewer checkpoints.
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("shared_buffers", "256MB")
                    .setRegisterShutdownHook(true);
            if (!temporary) {
                // The embedded defaults trade durability for test speed; kept data must survive a crash.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.infof("Embedded PostgreSQL listening on port %d", postgres.getPort());
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL in '" + dataDirectory
                    + "': " + e.getMessage() + ". Is another gongpei using the same data directory? Stop it,"
                    + " or set gongpei.embedded-postgres.data-dir, or QUARKUS_DATASOURCE_JDBC_URL for an external"
                    + " server.", e);
        }
    }
}
