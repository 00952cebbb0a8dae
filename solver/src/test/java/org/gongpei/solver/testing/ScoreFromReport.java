package org.gongpei.solver.testing;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import org.gongpei.solver.checker.CheckReport;
import org.gongpei.solver.checker.Violation;
import org.gongpei.solver.checker.Violation.Kind;
import org.gongpei.solver.solver.RouteConstraintProvider;

/** The score a plan should have according to the independent checker. */
public final class ScoreFromReport {

    private ScoreFromReport() {
    }

    public static HardMediumSoftScore expectedScore(CheckReport report) {
        long hard = 0;
        for (Violation violation : report.violations()) {
            hard += violation.kind() == Kind.UNASSIGNED_MANDATORY_STOP
                    ? RouteConstraintProvider.UNASSIGNED_MANDATORY_WEIGHT.hardScore()
                    : violation.amount();
        }
        return HardMediumSoftScore.of(-hard, -report.unassignedOptionalPenalty(), -report.totalCostScoreUnits());
    }
}
