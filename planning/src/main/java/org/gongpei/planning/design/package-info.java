/**
 * Network design for the bureau: which villages of a county should get a service station
 * ({@link org.gongpei.planning.design.StationSiting}), with its coverage figures and construction cost against a
 * station in every village ({@link org.gongpei.planning.design.StationSitingResult}). Built on the station siting
 * model of {@code org.gongpei.solver.siting} and the road matrices the daily planner uses.
 */
package org.gongpei.planning.design;
