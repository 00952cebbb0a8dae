package org.gongpei.planning.demand;

import java.util.List;

/**
 * A demand CSV file that cannot be read. Carries every problem found, each a sentence naming the file,
 * the row (the header being row 1) and, where it applies, the column, e.g.
 * {@code demand-down-week.csv row 14, column weightKg: '-3.5' is negative}.
 */
public class DemandFormatException extends RuntimeException {

    private static final int PROBLEMS_IN_MESSAGE = 10;

    private final List<String> problems;

    /** @param problems every problem found, at least one */
    public DemandFormatException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, in file order */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        StringBuilder text = new StringBuilder(problems.size() == 1 ? "1 problem in the demand file: "
                : problems.size() + " problems in the demand file: ");
        text.append(String.join("; ", problems.subList(0, Math.min(PROBLEMS_IN_MESSAGE, problems.size()))));
        if (problems.size() > PROBLEMS_IN_MESSAGE) {
            text.append("; and ").append(problems.size() - PROBLEMS_IN_MESSAGE).append(" more");
        }
        return text.toString();
    }
}
