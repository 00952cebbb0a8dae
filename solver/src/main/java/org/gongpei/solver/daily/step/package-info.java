/**
 * The steps that turn a day's problem into routes: hub assignment, the legs (trunk down, last mile and direct,
 * trunk up) with their vehicles and stops, their solving, and the assembly of planned routes and reasons for
 * what stays unserved. Shared by the daily planner and the re-planner, so that both build legs alike.
 */
package org.gongpei.solver.daily.step;
