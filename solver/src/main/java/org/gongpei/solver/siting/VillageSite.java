package org.gongpei.solver.siting;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A village and whether it gets a station. Planning entity; the {@link StationChoice} is chosen among
 * {@link #getAllowedChoices()}: always {@link StationChoice#NEW}, {@link StationChoice#NONE} unless today's station
 * must be kept,
 * {@link StationChoice#EXISTING} only where the village has a station today, {@link StationChoice#UPGRADED} only
 * where it has a building to upgrade.
 */
@PlanningEntity
public class VillageSite {

    /** Value of {@code upgradeCostFen} for a village without a building to upgrade. */
    public static final long NO_UPGRADE = -1;

    @PlanningId
    private String code;
    private int index;
    private String name;
    private String townshipCode;
    private int population;
    private boolean poor;
    private boolean existingStation;
    private boolean keepExisting;
    private long upgradeCostFen;
    private long newCostFen;
    private VillageDistances distances;
    @ValueRangeProvider(id = "allowedChoices")
    private List<StationChoice> allowedChoices;
    @PlanningVariable(valueRangeProviderRefs = "allowedChoices")
    private StationChoice choice;

    /** For the solver's cloner. */
    public VillageSite() {
    }

    /**
     * @param index the village's row and column in {@code distances}
     * @param code unique code
     * @param name display name; the code when blank
     * @param townshipCode the township the village belongs to
     * @param population residents
     * @param poor registered poor village (建档立卡贫困村)
     * @param existingStation whether the village has a station today
     * @param upgradeCostFen cost of upgrading a building into a station (改造), fen; {@link #NO_UPGRADE} when the
     *        village has no building to upgrade
     * @param newCostFen cost of building a new station (新建), fen
     * @param distances road distances between the plan's villages
     * @throws IllegalArgumentException naming the village and what is wrong
     */
    public VillageSite(int index, String code, String name, String townshipCode, int population, boolean poor,
            boolean existingStation, long upgradeCostFen, long newCostFen, VillageDistances distances) {
        this(index, code, name, townshipCode, population, poor, existingStation, false, upgradeCostFen, newCostFen,
                distances);
    }

    /**
     * As the other constructor, with {@code keepExisting}: when true and the village has a station today, the
     * station may be kept or upgraded but not given up ({@link StationChoice#NONE} is not allowed).
     */
    public VillageSite(int index, String code, String name, String townshipCode, int population, boolean poor,
            boolean existingStation, boolean keepExisting, long upgradeCostFen, long newCostFen,
            VillageDistances distances) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A village needs a code.");
        }
        if (townshipCode == null || townshipCode.isBlank()) {
            throw new IllegalArgumentException("Village " + code + " needs a township.");
        }
        if (population < 0) {
            throw new IllegalArgumentException("Village " + code + " has a negative population " + population + ".");
        }
        if (upgradeCostFen < 0 && upgradeCostFen != NO_UPGRADE) {
            throw new IllegalArgumentException("Village " + code + " has a negative upgrade cost " + upgradeCostFen
                    + " fen.");
        }
        if (newCostFen < 0) {
            throw new IllegalArgumentException("Village " + code + " has a negative cost " + newCostFen
                    + " fen of a new station.");
        }
        if (distances == null || index < 0 || index >= distances.size()) {
            throw new IllegalArgumentException("Village " + code + " has index " + index + ", outside the distances of "
                    + (distances == null ? 0 : distances.size()) + " villages.");
        }
        this.index = index;
        this.code = code;
        this.name = name == null || name.isBlank() ? code : name;
        this.townshipCode = townshipCode;
        this.population = population;
        this.poor = poor;
        this.existingStation = existingStation;
        this.keepExisting = existingStation && keepExisting;
        this.upgradeCostFen = upgradeCostFen;
        this.newCostFen = newCostFen;
        this.distances = distances;
        List<StationChoice> allowed = new ArrayList<>();
        if (!this.keepExisting) {
            allowed.add(StationChoice.NONE);
        }
        if (existingStation) {
            allowed.add(StationChoice.EXISTING);
        }
        if (upgradeCostFen != NO_UPGRADE) {
            allowed.add(StationChoice.UPGRADED);
        }
        allowed.add(StationChoice.NEW);
        this.allowedChoices = List.copyOf(allowed);
    }

    /** @return whether the village has a station with its current choice; false while unassigned */
    public boolean hasStation() {
        return choice != null && choice.hasStation();
    }

    /** @return 1 with a station, 0 without, for counting */
    public int stationCount() {
        return hasStation() ? 1 : 0;
    }

    /** @return the construction cost of the current choice, fen; 0 for none, a kept station or unassigned */
    public long constructionCostFen() {
        return choice == null ? 0 : costFen(choice);
    }

    /** @return the construction cost of a choice, fen */
    public long costFen(StationChoice candidate) {
        return switch (candidate) {
            case NONE, EXISTING -> 0;
            case UPGRADED -> upgradeCostFen;
            case NEW -> newCostFen;
        };
    }

    /** @return the allowed station choice of least construction cost (a kept station when there is one) */
    public StationChoice cheapestStation() {
        StationChoice best = StationChoice.NEW;
        for (StationChoice candidate : allowedChoices) {
            if (candidate.hasStation() && costFen(candidate) < costFen(best)) {
                best = candidate;
            }
        }
        return best;
    }

    /** @return whether the choice is among {@link #getAllowedChoices()} */
    public boolean allows(StationChoice candidate) {
        return allowedChoices.contains(candidate);
    }

    /** @return the longer road distance between this village and the other, either way, metres */
    public double eachWayMetresTo(VillageSite other) {
        return distances.eachWayMetres(index, other.index);
    }

    /** @return "name (code)", for sentences */
    public String label() {
        return name + " (" + code + ")";
    }

    public int getIndex() {
        return index;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getTownshipCode() {
        return townshipCode;
    }

    public int getPopulation() {
        return population;
    }

    public boolean isPoor() {
        return poor;
    }

    public boolean hasExistingStation() {
        return existingStation;
    }

    /** @return whether the village's station of today must not be given up */
    public boolean keepsExisting() {
        return keepExisting;
    }

    /** @return the upgrade cost in fen, {@link #NO_UPGRADE} without a building to upgrade */
    public long getUpgradeCostFen() {
        return upgradeCostFen;
    }

    public long getNewCostFen() {
        return newCostFen;
    }

    VillageDistances getDistances() {
        return distances;
    }

    public List<StationChoice> getAllowedChoices() {
        return allowedChoices;
    }

    /** @return the choice, null while unassigned */
    public StationChoice getChoice() {
        return choice;
    }

    public void setChoice(StationChoice choice) {
        this.choice = choice;
    }

    @Override
    public String toString() {
        return code + "->" + (choice == null ? "?" : choice);
    }
}
