/** Planning model: the plan, vehicles with compartments, stops with time windows, deliveries and pickups. */
package org.gongpei.solver.domain;
