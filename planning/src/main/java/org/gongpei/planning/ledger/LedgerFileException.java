package org.gongpei.planning.ledger;

/** A record file that is not valid CSV or Excel from a given row on. */
public class LedgerFileException extends RuntimeException {

    private final long row;

    /**
     * @param row     the row where reading broke off
     * @param message what is wrong, for people
     */
    public LedgerFileException(long row, String message, Throwable cause) {
        super(message, cause);
        this.row = row;
    }

    /** @return the row where reading broke off */
    public long row() {
        return row;
    }
}
