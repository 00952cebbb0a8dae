/**
 * Hub assignment: which depot (a township hub, or the county centre directly) serves each village on the
 * day, as a capacitated facility-location model. Entry point {@link org.gongpei.solver.hub.HubAssigner}.
 */
package org.gongpei.solver.hub;
