/**
 * The bridge from a county network, a day's demand, a fleet and a road network to the solver's
 * {@link org.gongpei.solver.daily.model.DailyProblem}: {@link org.gongpei.planning.plan.DailyProblems#build}.
 */
package org.gongpei.planning.plan;
