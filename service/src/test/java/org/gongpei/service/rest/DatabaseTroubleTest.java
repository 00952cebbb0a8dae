package org.gongpei.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** The SQL states that name the database's own trouble, found anywhere in the cause chain. */
class DatabaseTroubleTest {

    @Test
    void aRestartingOrUnreachableDatabaseIs503() {
        DatabaseTrouble restart = DatabaseTrouble.of(new IllegalStateException("import failed",
                new SQLException("terminating connection due to administrator command", "57P01"))).orElseThrow();
        assertThat(restart.status()).isEqualTo(503);
        assertThat(restart.detail()).contains("57P01").contains("nothing was stored");
        assertThat(DatabaseTrouble.of(new SQLException("An I/O error occurred", "08006")).orElseThrow().status())
                .isEqualTo(503);
    }

    @Test
    void aFullDiskIs507() {
        DatabaseTrouble full = DatabaseTrouble.of(new RuntimeException(new RuntimeException(
                new SQLException("could not extend file: No space left on device", "53100")))).orElseThrow();
        assertThat(full.status()).isEqualTo(507);
        assertThat(full.detail()).contains("disk space");
    }

    @Test
    void otherErrorsAreNotTheDatabasesTrouble() {
        assertThat(DatabaseTrouble.of(new SQLException("duplicate key", "23505"))).isEmpty();
        assertThat(DatabaseTrouble.of(new SQLException("no state"))).isEmpty();
        assertThat(DatabaseTrouble.of(new IllegalStateException("not SQL"))).isEmpty();
    }
}
