package org.gongpei.solver.hub;

import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A village with demand on the day and the depot that serves it. Planning entity; the depot is chosen among
 * {@link #getAllowedDepots()} (an entity value range).
 */
@PlanningEntity(comparatorClass = VillageAssignment.ByDifficulty.class)
public class VillageAssignment {

    @PlanningId
    private String villageCode;
    private String villageName;
    private int parcels;
    private boolean needsColdStorage;
    private long[] costByDepot;
    private boolean[] allowedByDepot;
    @ValueRangeProvider(id = "allowedDepots")
    private List<Depot> allowedDepots;
    @PlanningVariable(valueRangeProviderRefs = "allowedDepots")
    private Depot depot;

    /** For the solver's cloner. */
    public VillageAssignment() {
    }

    /**
     * @param villageCode unique code of the village
     * @param villageName display name
     * @param parcels parcels down and up on the day, counted against the serving depot's capacity
     * @param needsColdStorage whether the village ships chilled farm products that must wait in cold storage
     * @param costByDepot estimated cost in fen of serving the village from depot {@code i} (by {@link Depot#index()});
     *        copied
     * @param allowedDepots depots that may serve the village (reachable); copied, must not be empty
     * @throws IllegalArgumentException naming the village and what is wrong
     */
    public VillageAssignment(String villageCode, String villageName, int parcels, boolean needsColdStorage,
            long[] costByDepot, List<Depot> allowedDepots) {
        if (villageCode == null || villageCode.isBlank()) {
            throw new IllegalArgumentException("A village needs a code.");
        }
        if (parcels < 0) {
            throw new IllegalArgumentException("Village " + villageCode + " has a negative parcel count " + parcels + ".");
        }
        if (costByDepot == null) {
            throw new IllegalArgumentException("Village " + villageCode + " has no costs by depot.");
        }
        for (int i = 0; i < costByDepot.length; i++) {
            if (costByDepot[i] < 0) {
                throw new IllegalArgumentException("Village " + villageCode + " has a negative cost " + costByDepot[i]
                        + " from depot " + i + ".");
            }
        }
        if (allowedDepots == null || allowedDepots.isEmpty()) {
            throw new IllegalArgumentException("Village " + villageCode + " has no depot allowed to serve it.");
        }
        boolean[] allowedByDepot = new boolean[costByDepot.length];
        for (Depot allowed : allowedDepots) {
            if (allowed == null) {
                throw new IllegalArgumentException("Village " + villageCode + " has a null allowed depot.");
            }
            if (allowed.index() >= costByDepot.length) {
                throw new IllegalArgumentException("Village " + villageCode + " may be served by depot " + allowed.code()
                        + " (index " + allowed.index() + "), but has costs for only " + costByDepot.length + " depots.");
            }
            if (allowedByDepot[allowed.index()]) {
                throw new IllegalArgumentException("Village " + villageCode + " lists depot " + allowed.code()
                        + " twice among its allowed depots.");
            }
            allowedByDepot[allowed.index()] = true;
        }
        this.villageCode = villageCode;
        this.villageName = villageName == null || villageName.isBlank() ? villageCode : villageName;
        this.parcels = parcels;
        this.needsColdStorage = needsColdStorage;
        this.costByDepot = costByDepot.clone();
        this.allowedByDepot = allowedByDepot;
        this.allowedDepots = List.copyOf(allowedDepots);
    }

    /** @return the estimated cost in fen of serving the village from its depot; 0 while unassigned */
    public long cost() {
        return depot == null ? 0 : costByDepot[depot.index()];
    }

    /** @return the estimated cost in fen of serving the village from a depot */
    public long costFrom(Depot from) {
        return costByDepot[from.index()];
    }

    /** @return whether the depot is among the allowed depots */
    public boolean mayBeServedBy(Depot candidate) {
        return allowedByDepot[candidate.index()];
    }

    /**
     * @return whether swapping depots with {@code other} can help: both are assigned to different depots and each
     *         may be served by the other's
     */
    public boolean maySwapDepotsWith(VillageAssignment other) {
        return depot != null && other.depot != null && depot.index() != other.depot.index()
                && mayBeServedBy(other.depot) && other.mayBeServedBy(depot);
    }

    public String getVillageCode() {
        return villageCode;
    }

    public String getVillageName() {
        return villageName;
    }

    public int getParcels() {
        return parcels;
    }

    public boolean needsColdStorage() {
        return needsColdStorage;
    }

    /** @return a copy of the estimated costs in fen, indexed by {@link Depot#index()} */
    public long[] getCostByDepot() {
        return costByDepot.clone();
    }

    int depotCount() {
        return costByDepot.length;
    }

    public List<Depot> getAllowedDepots() {
        return allowedDepots;
    }

    /** @return the serving depot, null while unassigned */
    public Depot getDepot() {
        return depot;
    }

    public void setDepot(Depot depot) {
        this.depot = depot;
    }

    @Override
    public String toString() {
        return villageCode + "->" + (depot == null ? "?" : depot.code());
    }

    /**
     * Construction order, easiest first (the construction heuristic takes the hardest first): villages with more
     * parcels, then those needing cold storage, then those with fewer allowed depots are harder to place.
     */
    public static final class ByDifficulty implements Comparator<VillageAssignment> {

        private static final Comparator<VillageAssignment> ORDER = Comparator
                .comparingInt(VillageAssignment::getParcels)
                .thenComparing(VillageAssignment::needsColdStorage)
                .thenComparingInt(village -> -village.getAllowedDepots().size())
                .thenComparing(VillageAssignment::getVillageCode);

        @Override
        public int compare(VillageAssignment a, VillageAssignment b) {
            return ORDER.compare(a, b);
        }
    }
}
