/** Independent recomputation of a plan: times, loads, limits and cost. */
package org.gongpei.solver.checker;
