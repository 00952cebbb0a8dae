package org.gongpei.solver.checker;

/**
 * One broken rule found by {@link SolutionChecker}.
 *
 * @param kind which rule
 * @param subjectId id of the vehicle or stop concerned
 * @param amount by how much (seconds, quantity units or occurrences)
 * @param message a sentence for a person
 */
public record Violation(Kind kind, String subjectId, long amount, String message) {

    /** The rules the checker verifies. */
    public enum Kind {
        UNASSIGNED_MANDATORY_STOP, DUPLICATE_STOP, CAPACITY, TEMPERATURE, TIME_WINDOW, DELIVERY_NOT_AT_DEPOT, SHIFT_END,
        MAX_WORKING_TIME, PERISHABLE_LIMIT, DRIVING_WITHOUT_BREAK
    }
}
