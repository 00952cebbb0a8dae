package org.gongpei.solver.hub;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

import org.gongpei.solver.hub.HubJustifications.ColdStorage;
import org.gongpei.solver.hub.HubJustifications.DepotCapacity;
import org.gongpei.solver.hub.HubJustifications.DepotOpeningCost;
import org.gongpei.solver.hub.HubJustifications.ServingCost;

/** Hard: depot capacity and cold storage; soft: serving and opening costs in fen. See {@link HubAssignmentPlan}. */
public final class HubAssignmentConstraintProvider implements ConstraintProvider {

    public static final String DEPOT_CAPACITY = "Depot capacity";
    public static final String COLD_STORAGE = "Cold storage for chilled products";
    public static final String SERVING_COST = "Serving cost";
    public static final String DEPOT_OPENING_COST = "Depot opening cost";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                depotCapacity(factory),
                coldStorage(factory),
                servingCost(factory),
                depotOpeningCost(factory)
        };
    }

    /** Hard: per depot, the parcels assigned above its capacity. */
    Constraint depotCapacity(ConstraintFactory factory) {
        return factory.forEach(VillageAssignment.class)
                .groupBy(VillageAssignment::getDepot, sum(VillageAssignment::getParcels))
                .filter((depot, parcels) -> parcels > depot.capacityParcels())
                .penalize(HardSoftScore.ONE_HARD, (depot, parcels) -> parcels - depot.capacityParcels())
                .justifyWith((depot, parcels, score) -> new DepotCapacity(depot, parcels))
                .asConstraint(DEPOT_CAPACITY);
    }

    /** Hard: 1 per village with chilled products served by a depot without cold storage. */
    Constraint coldStorage(ConstraintFactory factory) {
        return factory.forEach(VillageAssignment.class)
                .filter(village -> village.needsColdStorage() && !village.getDepot().coldStorage())
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((village, score) -> new ColdStorage(village.getVillageName(), village.getDepot()))
                .asConstraint(COLD_STORAGE);
    }

    /** Soft: the estimated cost of serving each village from its depot. */
    Constraint servingCost(ConstraintFactory factory) {
        return factory.forEach(VillageAssignment.class)
                .filter(village -> village.cost() > 0)
                .penalize(HardSoftScore.ONE_SOFT, VillageAssignment::cost)
                .justifyWith((village, score) -> new ServingCost(village.getVillageName(), village.getDepot(),
                        village.cost()))
                .asConstraint(SERVING_COST);
    }

    /** Soft: the opening cost of each depot that serves at least one village, once. */
    Constraint depotOpeningCost(ConstraintFactory factory) {
        return factory.forEach(VillageAssignment.class)
                .filter(village -> village.getDepot().openingCost() > 0)
                .groupBy(VillageAssignment::getDepot, count())
                .penalize(HardSoftScore.ONE_SOFT, (depot, villages) -> depot.openingCost())
                .justifyWith((depot, villages, score) -> new DepotOpeningCost(depot, villages))
                .asConstraint(DEPOT_OPENING_COST);
    }
}
