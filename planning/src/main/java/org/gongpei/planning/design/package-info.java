/**
 * Network design for the bureau: which villages of a county should get a service station
 * ({@link org.gongpei.planning.design.StationSiting}), with its coverage figures and construction cost against a
 * station in every village ({@link org.gongpei.planning.design.StationSitingResult}); and which township hubs to keep,
 * open or give cold storage: candidate networks ({@link org.gongpei.planning.design.HubNetworkCandidate}), proposed by
 * a hub siting search ({@link org.gongpei.planning.design.HubProposal}) and judged side by side by real daily plans
 * ({@link org.gongpei.planning.design.HubComparison}). Built on the station siting model of
 * {@code org.gongpei.solver.siting}, the daily planner and the road matrices it uses.
 */
package org.gongpei.planning.design;
