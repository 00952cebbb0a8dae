package org.gongpei.solver.calendar;

import java.time.DayOfWeek;
import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** A village and its visit pattern, chosen among {@link #getAllowedPatterns()}. Planning entity. */
@PlanningEntity
public class VillageVisits {

    @PlanningId
    private String villageCode;
    private String depotCode;
    private int[] parcelsByArrivalDay;
    private long visitCostFen;
    @ValueRangeProvider(id = "allowedPatterns")
    private List<VisitPattern> allowedPatterns;
    @PlanningVariable(valueRangeProviderRefs = "allowedPatterns")
    private VisitPattern pattern;

    /** For the solver's cloner. */
    public VillageVisits() {
    }

    /**
     * @param villageCode unique village code
     * @param depotCode the depot expected to serve it (e.g. the nearest by road), for grouping its visits
     * @param parcelsByArrivalDay parcels arriving at the centre per weekday, Monday first (7 values); copied
     * @param visitCostFen estimated cost of one visit, fen
     * @param allowedPatterns patterns allowed by {@link PatternRules}, not empty
     */
    public VillageVisits(String villageCode, String depotCode, int[] parcelsByArrivalDay, long visitCostFen,
            List<VisitPattern> allowedPatterns) {
        if (parcelsByArrivalDay.length != 7) {
            throw new IllegalArgumentException("Village " + villageCode + " needs parcels for 7 weekdays.");
        }
        if (visitCostFen < 0 || allowedPatterns.isEmpty()) {
            throw new IllegalArgumentException("Village " + villageCode + " needs a visit cost ≥ 0 and a pattern.");
        }
        this.villageCode = villageCode;
        this.depotCode = depotCode;
        this.parcelsByArrivalDay = parcelsByArrivalDay.clone();
        this.visitCostFen = visitCostFen;
        this.allowedPatterns = List.copyOf(allowedPatterns);
    }

    /** @return whether the chosen pattern visits on the day */
    public boolean visits(DayOfWeek day) {
        return pattern != null && pattern.visits(day);
    }

    /** @return parcels delivered on the day: those arrived since the previous visit; 0 when not visited */
    public int parcelsDeliveredOn(DayOfWeek day) {
        if (!visits(day)) {
            return 0;
        }
        int parcels = 0;
        for (DayOfWeek arrival : DayOfWeek.values()) {
            if (pattern.deliveryDay(arrival) == day) {
                parcels += parcelsByArrivalDay[arrival.getValue() - 1];
            }
        }
        return parcels;
    }

    /** @return the estimated weekly visit cost of the chosen pattern, fen */
    public long weeklyCostFen() {
        return pattern == null ? 0 : pattern.visitsPerWeek() * visitCostFen;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public String getDepotCode() {
        return depotCode;
    }

    /** @return parcels arriving at the centre per weekday, Monday first; a copy */
    public int[] getParcelsByArrivalDay() {
        return parcelsByArrivalDay.clone();
    }

    public long getVisitCostFen() {
        return visitCostFen;
    }

    public List<VisitPattern> getAllowedPatterns() {
        return allowedPatterns;
    }

    public VisitPattern getPattern() {
        return pattern;
    }

    public void setPattern(VisitPattern pattern) {
        this.pattern = pattern;
    }
}
