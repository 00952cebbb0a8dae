package org.gongpei.solver.calendar;

import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** Hard: day and depot capacity; medium: visit and van-day costs in fen; soft: balance of visits over the days. */
public final class CalendarConstraintProvider implements ConstraintProvider {

    public static final String DAY_CAPACITY = "Parcels per day within the fleet";
    public static final String DEPOT_CAPACITY = "Parcels per depot and day within its capacity";
    public static final String VISIT_COST = "Visit cost";
    public static final String VAN_DAY_COST = "Van-day cost";
    public static final String DAY_BALANCE = "Visits evened out over the days";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {dayCapacity(factory), depotCapacity(factory), visitCost(factory), vanDayCost(factory),
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

    /**
     * Hard: per depot with a {@link DepotCapacity} and day, the parcels its villages receive above it, so that
     * piled-up days do not overflow a township hub onto vans from farther away.
     */
    Constraint depotCapacity(ConstraintFactory factory) {
        return factory.forEach(CalendarDay.class)
                .join(VillageVisits.class, filtering((day, village) -> village.visits(day.day())))
                .groupBy((day, village) -> day, (day, village) -> village.getDepotCode(),
                        sum((CalendarDay day, VillageVisits village) -> village.parcelsDeliveredOn(day.day())))
                .join(DepotCapacity.class, equal((day, depot, parcels) -> depot, DepotCapacity::depotCode))
                .filter((day, depot, parcels, capacity) -> parcels > capacity.parcelsPerDay())
                .penalize(HardMediumSoftScore.ONE_HARD, (day, depot, parcels, capacity) -> parcels - capacity.parcelsPerDay())
                .asConstraint(DEPOT_CAPACITY);
    }

    /** Medium: visits a week × the village's estimated cost of a visit. */
    Constraint visitCost(ConstraintFactory factory) {
        return factory.forEach(VillageVisits.class)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, VillageVisits::weeklyCostFen)
                .asConstraint(VISIT_COST);
    }

    /**
     * Medium: per visit, its load's expected share of a van ({@link CalendarDay#vanShareMillis}) × a van's fixed
     * cost, so that a village whose parcels would fill vans badly when they pile up keeps more visits. Shares are
     * not rounded up to whole vans per depot and day: a depot's day has dozens of vans, and whole vans would make
     * most single pattern changes look free or a van dearer than they are.
     */
    Constraint vanDayCost(ConstraintFactory factory) {
        return factory.forEach(CalendarDay.class)
                .join(VillageVisits.class, filtering((day, village) -> village.visits(day.day())))
                .penalize(HardMediumSoftScore.ONE_MEDIUM,
                        (day, village) -> day.vanShareCostFen(village.parcelsDeliveredOn(day.day())))
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
