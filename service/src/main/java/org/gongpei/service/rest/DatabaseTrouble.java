package org.gongpei.service.rest;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A request that failed because of the database itself, not the request: the server unreachable or restarting
 * (SQLSTATE classes 08 and 57P), or out of disk space (class 53). Each gets a status and a message that says so
 * instead of a bare 500; the transaction was rolled back, so nothing of the request is stored.
 *
 * @param status the HTTP status: 503 while the database is unreachable, 507 when its disk is full
 * @param title the problem's title
 * @param detail what happened and what to do
 */
record DatabaseTrouble(int status, String title, String detail) {

    /** Seconds a client should wait before trying again while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 10;

    /** @return the trouble named by the first SQL state in the cause chain, if it is one of these */
    static Optional<DatabaseTrouble> of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return Optional.of(new DatabaseTrouble(503, "Database unavailable",
                            "The database cannot be reached or is restarting (SQLSTATE " + state
                                    + "); nothing was stored. Try again in a few seconds."));
                }
                if (state.startsWith("53")) {
                    return Optional.of(new DatabaseTrouble(507, "Database out of resources",
                            "The database is out of disk space or another resource (SQLSTATE " + state
                                    + "); nothing was stored. Free space on the database's disk, then try again."));
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
