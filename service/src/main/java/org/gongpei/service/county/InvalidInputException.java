package org.gongpei.service.county;

import java.util.List;

/**
 * Submitted data cannot be used. {@link Kind#MALFORMED} input could not be read at all (HTTP 400);
 * {@link Kind#INVALID} input was read but breaks a rule (HTTP 422). Nothing was stored.
 */
public class InvalidInputException extends RuntimeException {

    /** Whether the input could not be parsed or broke a rule. */
    public enum Kind { MALFORMED, INVALID }

    private final Kind kind;
    private final List<InputError> errors;

    public InvalidInputException(Kind kind, String summary, List<InputError> errors) {
        super(summary);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public Kind kind() {
        return kind;
    }

    public List<InputError> errors() {
        return errors;
    }
}
