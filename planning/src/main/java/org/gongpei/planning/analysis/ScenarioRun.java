package org.gongpei.planning.analysis;

import java.util.List;

/**
 * A scenario solved: one part per network that runs in it.
 *
 * @param kind the scenario
 * @param parts its networks, each solved with the same engine and time limit
 * @param note why the scenario is the same as another one, or empty
 */
public record ScenarioRun(ScenarioKind kind, List<SolvedPart> parts, String note) {

    public ScenarioRun {
        parts = List.copyOf(parts);
    }
}
