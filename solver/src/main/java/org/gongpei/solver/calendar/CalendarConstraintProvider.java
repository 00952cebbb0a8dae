package org.gongpei.solver.calendar;

import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** Hard: day capacity; medium: visit and van-day costs in fen; soft: balance of visits over the days. */
public final class CalendarConstraintProvider implements ConstraintProvider {

    public static final String DAY_CAPACITY = "Parcels per day within the fleet";
    public static final String VISIT_COST = "Visit cost";
    public static final String VAN_DAY_COST = "Van-day cost";
    public static final String DAY_BALANCE = "Visits evened out over the days";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {dayCapacity(factory), visitCost(factory), vanDayCost(factory),
                dayBalance(factory)};
    }

    /** Hard: per day, the parcels delivered above the fleet's capacity. */
    Constraint dayCapacity(ConstraintFactory factory) {
        return factory.forEach(CalendarDay.class)
                .join(VillageVisits.class, filtering((day, village) -> village.visits(day.day())))
                .groupBy((day, village) -> day, sum((CalendarDay day, VillageVisits village) -> village.parcelsDeliveredOn(day.day())))
                .filter((day, parcels) -> parcels > day.parcelCapacity())
                .penalize(HardMediumSoftScore.ONE_HARD, (day, parcels) -> parcels - day.parcelCapacity())
                .asConstraint(DAY_CAPACITY);
    }

    /** Medium: visits a week × the village's estimated cost of a visit. */
    Constraint visitCost(ConstraintFactory factory) {
        return factory.forEach(VillageVisits.class)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, VillageVisits::weeklyCostFen)
                .asConstraint(VISIT_COST);
    }

    /**
     * Medium: per day and depot, the vans its villages' visits fill × a van's fixed cost (each visit's share of a
     * van by {@link CalendarDay#vanShareMillis}), so that a depot's villages share days, and a village whose
     * parcels would fill a van badly when they pile up keeps more visits.
     */
    Constraint vanDayCost(ConstraintFactory factory) {
        return factory.forEach(CalendarDay.class)
                .join(VillageVisits.class, filtering((day, village) -> village.visits(day.day())))
                .groupBy((day, village) -> day, (day, village) -> village.getDepotCode(),
                        sum((CalendarDay day, VillageVisits village) ->
                                day.vanShareMillis(village.parcelsDeliveredOn(day.day()))))
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (day, depot, shares) -> Math.toIntExact(day.vanCostFen(shares)))
                .asConstraint(VAN_DAY_COST);
    }

    /** Soft: the square of the villages visited per day, so that equal totals prefer even days. */
    Constraint dayBalance(ConstraintFactory factory) {
        return factory.forEach(CalendarDay.class)
                .join(VillageVisits.class, filtering((day, village) -> village.visits(day.day())))
                .groupBy((day, village) -> day, ConstraintCollectors.countBi())
                .penalize(HardMediumSoftScore.ONE_SOFT, (day, visits) -> visits * visits)
                .asConstraint(DAY_BALANCE);
    }
}
