/**
 * Station siting: which villages of a county get a village service station (村级电商服务站), kept, upgraded (改造)
 * or newly built (新建), so that the programme's coverage rules hold at the least construction and delivery cost.
 * A Timefold model ({@link org.gongpei.solver.siting.StationSiter} solving a
 * {@link org.gongpei.solver.siting.SitingPlan}), a start that keeps today's stations and adds only those a rule
 * forces ({@link org.gongpei.solver.siting.StationStart}), an exhaustive method for small counties
 * ({@link org.gongpei.solver.siting.ExhaustiveSiter}) and an independent check of every rule
 * ({@link org.gongpei.solver.siting.StationPlanChecker}).
 */
package org.gongpei.solver.siting;
