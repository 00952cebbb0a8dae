package org.gongpei.service.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server left running on a data directory is found by its postmaster.pid, stopped, and the directory reused. */
class OrphanedPostmasterTest {

    @Test
    void stopsTheServerLeftRunningOnTheDirectoryAndTheDirectoryCanBeUsedAgain(@TempDir Path parent) throws Exception {
        Path directory = parent.resolve("postgres");
        EmbeddedPostgres left = EmbeddedPostgres.builder().setDataDirectory(directory)
                .setCleanDataDirectory(false).start();
        ProcessHandle postmaster = OrphanedPostmaster.find(directory).orElseThrow();

        Optional<Long> stopped = OrphanedPostmaster.stopIfRunning(directory);

        assertThat(stopped).contains(postmaster.pid());
        assertThat(postmaster.isAlive()).isFalse();
        assertThat(OrphanedPostmaster.find(directory)).isEmpty();
        assertThat(OrphanedPostmaster.stopIfRunning(directory)).isEmpty();
        closeQuietly(left); // releases the library's own lock on the directory; its server is gone already
        try (EmbeddedPostgres again = EmbeddedPostgres.builder().setDataDirectory(directory)
                .setCleanDataDirectory(false).start();
                Connection connection = again.getPostgresDatabase().getConnection();
                ResultSet one = connection.createStatement().executeQuery("select 1")) {
            assertThat(one.next()).isTrue();
        }
    }

    @Test
    void aDirectoryWithoutAServerHasNoOrphan(@TempDir Path directory) {
        assertThat(OrphanedPostmaster.find(directory)).isEmpty();
    }

    @Test
    void onlyOneProcessClaimsADataDirectory(@TempDir Path parent) throws IOException {
        Path directory = parent.resolve("postgres");
        DataDirectoryLock first = DataDirectoryLock.tryAcquire(directory).orElseThrow();
        try {
            assertThat(DataDirectoryLock.tryAcquire(directory)).isEmpty();
        } finally {
            first.release();
        }
        DataDirectoryLock.tryAcquire(directory).orElseThrow().release();
        assertThat(DataDirectoryLock.lockFile(directory)).hasFileName("postgres.lock");
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // pg_ctl finds no server to stop
        }
    }
}
