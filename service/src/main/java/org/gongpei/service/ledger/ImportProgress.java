package org.gongpei.service.ledger;

import java.sql.Connection;
import java.sql.SQLException;

/** What an import tells the job that runs it, and how the job ends with the import's own transaction. */
public interface ImportProgress {

    /** The phases of an import. */
    enum Phase {
        /** Rows read, checked and copied as they come. */
        READING,
        /** The checks of the whole file (waybills repeated in it, a correction's unknown waybills). */
        VALIDATING,
        /** The tallies and the batch written, then committed. */
        STORING
    }

    /** An import nobody follows. */
    ImportProgress NONE = new ImportProgress() {
    };

    /** Called at each row read: the data rows so far and the bytes of the file read (0 when not counted). */
    default void read(long rows, long bytes) {
    }

    /** Called when the import enters a phase. */
    default void phase(Phase phase) {
    }

    /** @return whether the import is to stop (nothing of it is stored then) */
    default boolean cancelled() {
        return false;
    }

    /**
     * Called in the import's transaction just before it commits, so that what the caller writes there is stored
     * together with the batch or not at all.
     *
     * @throws SQLException to refuse the commit: the import is rolled back
     */
    default void beforeCommit(Connection connection, LedgerBatchView batch) throws SQLException {
    }
}
