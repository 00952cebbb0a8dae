package org.gongpei.solver.calendar;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a village's visit pattern must satisfy.
 *
 * @param code village code
 * @param name village name
 * @param roadSecondsFromCentre road time from the county centre to the station
 * @param arrivalDays days on which its parcels arrive at the centre (all seven when they arrive daily)
 * @param chilledShipDays service days on which it ships chilled farm products; empty when none
 * @param chilledMaxSeconds the shortest time to cold storage of those products; ignored without chilled days
 */
public record VillageNeeds(String code, String name, long roadSecondsFromCentre, Set<DayOfWeek> arrivalDays,
        Set<DayOfWeek> chilledShipDays, long chilledMaxSeconds) {

    public VillageNeeds {
        if (roadSecondsFromCentre < 0) {
            throw new IllegalArgumentException("Village " + code + " has a negative road time.");
        }
        arrivalDays = arrivalDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(arrivalDays));
        chilledShipDays = chilledShipDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(chilledShipDays));
        if (!chilledShipDays.isEmpty() && chilledMaxSeconds <= 0) {
            throw new IllegalArgumentException("Village " + code + " ships chilled products without a time limit.");
        }
    }

    /** @return a village whose parcels arrive every day and that ships nothing chilled */
    public static VillageNeeds daily(String code, String name, long roadSecondsFromCentre) {
        return new VillageNeeds(code, name, roadSecondsFromCentre, EnumSet.allOf(DayOfWeek.class), Set.of(), 0);
    }
}
