/** Constraints, justifications, search configurations and the solver entry point {@link org.gongpei.solver.solver.RouteSolver}. */
package org.gongpei.solver.solver;
