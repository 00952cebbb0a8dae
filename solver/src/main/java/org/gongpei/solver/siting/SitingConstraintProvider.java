package org.gongpei.solver.siting;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

import org.gongpei.solver.siting.SitingJustifications.ConstructionCost;
import org.gongpei.solver.siting.SitingJustifications.DeliveryCost;
import org.gongpei.solver.siting.SitingJustifications.LargeVillageWithoutStation;
import org.gongpei.solver.siting.SitingJustifications.PoorVillageWithoutStation;
import org.gongpei.solver.siting.SitingJustifications.StationShare;
import org.gongpei.solver.siting.SitingJustifications.TownshipWithoutStation;
import org.gongpei.solver.siting.SitingJustifications.VillageOutOfReach;

/**
 * Hard: the coverage rules, one constraint each; soft: construction and delivery costs in fen.
 * See {@link SitingPlan} and {@link SitingRules}.
 */
public final class SitingConstraintProvider implements ConstraintProvider {

    public static final String STATION_SHARE = "Share of villages with a station";
    public static final String POOR_VILLAGE_STATION = "Station in every poor village";
    public static final String LARGE_VILLAGE_STATION = "Station in every village above the population threshold";
    public static final String TOWNSHIP_STATION = "Station in every township";
    public static final String REACH = "Village without station within reach of a station of its township";
    public static final String CONSTRUCTION_COST = "Construction cost";
    public static final String DELIVERY_COST = "Delivery cost of the stations";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                stationShare(factory),
                poorVillageStation(factory),
                largeVillageStation(factory),
                townshipStation(factory),
                reach(factory),
                constructionCost(factory),
                deliveryCost(factory)
        };
    }

    /** Hard: the stations missing to the required share of villages, ⌈share × villages⌉ − stations. */
    Constraint stationShare(ConstraintFactory factory) {
        return factory.forEach(VillageSite.class)
                .groupBy(count(), sum(VillageSite::stationCount))
                .join(SitingRules.class)
                .filter((villages, stations, rules) -> stations < rules.requiredStations(villages.intValue()))
                .penalize(HardSoftScore.ONE_HARD,
                        (villages, stations, rules) -> rules.requiredStations(villages.intValue()) - stations)
                .justifyWith((villages, stations, rules, score) -> new StationShare(villages.intValue(), stations.intValue(),
                        rules.requiredStations(villages.intValue()), rules.minStationShare()))
                .asConstraint(STATION_SHARE);
    }

    /** Hard: 1 per registered poor village without a station. */
    Constraint poorVillageStation(ConstraintFactory factory) {
        return factory.forEach(VillageSite.class)
                .filter(village -> village.isPoor() && !village.hasStation())
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((village, score) -> new PoorVillageWithoutStation(village.label()))
                .asConstraint(POOR_VILLAGE_STATION);
    }

    /** Hard: 1 per village with at least the threshold's residents and no station. */
    Constraint largeVillageStation(ConstraintFactory factory) {
        return factory.forEach(VillageSite.class)
                .filter(village -> !village.hasStation())
                .join(SitingRules.class,
                        filtering((village, rules) -> village.getPopulation() >= rules.populationThreshold()))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((village, rules, score) -> new LargeVillageWithoutStation(village.label(),
                        village.getPopulation(), rules.populationThreshold()))
                .asConstraint(LARGE_VILLAGE_STATION);
    }

    /** Hard: 1 per township without a station. */
    Constraint townshipStation(ConstraintFactory factory) {
        return factory.forEach(SitingTownship.class)
                .ifNotExists(VillageSite.class, equal(SitingTownship::code, VillageSite::getTownshipCode),
                        filtering((township, village) -> village.hasStation()))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((township, score) -> new TownshipWithoutStation(township.name() + " ("
                        + township.code() + ")"))
                .asConstraint(TOWNSHIP_STATION);
    }

    /**
     * Hard: 1 per village without a station that has no station of its own township within the reach, the longer
     * of the two road directions counted.
     */
    Constraint reach(ConstraintFactory factory) {
        return factory.forEach(VillageSite.class)
                .filter(village -> !village.hasStation())
                .join(SitingRules.class)
                .ifNotExists(VillageSite.class,
                        equal((village, rules) -> village.getTownshipCode(), VillageSite::getTownshipCode),
                        filtering((village, rules, station) -> station.hasStation()
                                && village.eachWayMetresTo(station) <= rules.reachMetres()))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((village, rules, score) -> new VillageOutOfReach(village.label(), rules.reachText()))
                .asConstraint(REACH);
    }

    /** Soft: the construction cost of each upgraded or new station, fen. */
    Constraint constructionCost(ConstraintFactory factory) {
        return factory.forEach(VillageSite.class)
                .filter(village -> village.constructionCostFen() > 0)
                .penalize(HardSoftScore.ONE_SOFT, VillageSite::constructionCostFen)
                .justifyWith((village, score) -> new ConstructionCost(village.label(), village.getChoice(),
                        village.constructionCostFen()))
                .asConstraint(CONSTRUCTION_COST);
    }

    /** Soft: the delivery cost of each station over the horizon ({@link SitingRules#deliveryCostPerStationFen()}). */
    Constraint deliveryCost(ConstraintFactory factory) {
        return factory.forEach(VillageSite.class)
                .filter(VillageSite::hasStation)
                .join(SitingRules.class, filtering((village, rules) -> rules.deliveryCostPerStationFen() > 0))
                .penalize(HardSoftScore.ONE_SOFT, (village, rules) -> rules.deliveryCostPerStationFen())
                .justifyWith((village, rules, score) -> new DeliveryCost(village.label(),
                        rules.deliveryCostPerStationFen()))
                .asConstraint(DELIVERY_COST);
    }
}
