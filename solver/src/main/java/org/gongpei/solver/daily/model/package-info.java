/**
 * The values of a day: the problem (villages' demand, hubs, fleet, parameters) and the plan (routes, stops,
 * loads, assignments, what stays unserved, totals).
 */
package org.gongpei.solver.daily.model;
