package org.gongpei.maps;

/** A matrix file that cannot be used; the message names the file, line and what is wrong. */
public class MatrixFormatException extends RuntimeException {

    private final int lineNumber;

    public MatrixFormatException(String message, int lineNumber) {
        super(message);
        this.lineNumber = lineNumber;
    }

    /** @return 1-based line of the problem, or 0 when it concerns the file as a whole */
    public int lineNumber() {
        return lineNumber;
    }
}
