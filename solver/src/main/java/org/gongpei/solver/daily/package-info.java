/**
 * Daily planning: {@link org.gongpei.solver.daily.DailyPlanner} plans one day of a county's two-echelon
 * distribution and {@link org.gongpei.solver.daily.DailyPlanChecker} checks a day independently. The values
 * live in {@code model}, the planning steps in {@code step}, the re-planning of a day under way in
 * {@code replan}.
 */
package org.gongpei.solver.daily;
