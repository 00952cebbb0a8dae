/**
 * The only code that uses Timefold's {@code impl} types. Custom move iterator factories and selection filters have
 * no public API in Timefold 2.2: a {@code MoveIteratorFactory}, a {@code SelectionFilter}, the
 * {@code ScoreDirector} they receive and the selector-based moves a filter inspects all live in
 * {@code ai.timefold.solver.core.impl}. The classes here are thin adapters from those types to the move logic of
 * the hub, route and station-siting searches ({@link org.gongpei.solver.hub.DepotMoves}, {@link org.gongpei.solver.solver.NearbyStops},
 * {@link org.gongpei.solver.solver.StringRemovals}), so that a Timefold upgrade touches this package alone.
 */
package org.gongpei.solver.timefold;
