/**
 * Re-planning a day under way: {@link org.gongpei.solver.daily.replan.Replanner} applies a
 * {@link org.gongpei.solver.daily.replan.PlanChange} (a vehicle breakdown, an urgent pickup) keeping what is
 * already done.
 */
package org.gongpei.solver.daily.replan;
