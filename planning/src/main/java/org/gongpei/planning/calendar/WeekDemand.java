package org.gongpei.planning.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DayDemand;

/**
 * A week's demand of a county: down parcels by the day they arrive at the county centre, farm products by the
 * day they are ready, Monday to Sunday.
 *
 * @param monday the week's Monday
 * @param days the demand of each of the seven days
 */
public record WeekDemand(LocalDate monday, Map<DayOfWeek, DayDemand> days) {

    /** @throws IllegalArgumentException when the first day is no Monday or a day is missing or misdated */
    public WeekDemand {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A demand week starts on a Monday, not on " + monday + ".");
        }
        days = Map.copyOf(days);
        for (DayOfWeek day : DayOfWeek.values()) {
            DayDemand demand = days.get(day);
            if (demand == null || !demand.date().equals(monday.plusDays(day.ordinal()))) {
                throw new IllegalArgumentException("The demand week of " + monday + " lacks " + day + ".");
            }
        }
    }

    /**
     * @param county the county
     * @param monday the week's Monday
     * @param seed the demand generator's seed
     * @return seven generated days ({@link DayDemand#generated})
     */
    public static WeekDemand generated(CountyNetworkData county, LocalDate monday, long seed) {
        Map<DayOfWeek, DayDemand> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, DayDemand.generated(county, monday.plusDays(day.ordinal()), seed));
        }
        return new WeekDemand(monday, days);
    }

    /**
     * @param monday the week's Monday
     * @param down down rows of any dates (e.g. a week's CSV); those of the week are used
     * @param up up shipments of any dates
     * @return the week
     */
    public static WeekDemand of(LocalDate monday, List<DownParcels> down, List<UpShipment> up) {
        Map<DayOfWeek, DayDemand> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, DayDemand.of(monday.plusDays(day.ordinal()), down, up));
        }
        return new WeekDemand(monday, days);
    }

    /** @return the date of a weekday of this week */
    public LocalDate dateOf(DayOfWeek day) {
        return monday.plusDays(day.ordinal());
    }

    /** @return every down row of the week */
    public List<DownParcels> allDown() {
        List<DownParcels> rows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            rows.addAll(days.get(day).down());
        }
        return rows;
    }

    /** @return every up shipment of the week */
    public List<UpShipment> allUp() {
        List<UpShipment> shipments = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            shipments.addAll(days.get(day).up());
        }
        return shipments;
    }
}
