package org.gongpei.solver.daily.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongpei.solver.domain.TravelMatrix;

/**
 * One day of a county's joint distribution, ready to plan: the county centre, the township hubs that
 * may be used, the villages with demand, the fleet and a travel matrix per vehicle profile. Every
 * matrix covers the same locations, indexed alike; the centre is a cold store.
 *
 * @param name plan name, e.g. county code and date
 * @param centreCode code of the county centre
 * @param centreName name of the county centre
 * @param centreLocationIndex index of the centre in every matrix
 * @param hubs hubs that may serve villages on this day
 * @param villages villages; those without demand are ignored
 * @param vehicleTypes the fleet
 * @param matrices travel matrix per profile name
 * @param parameters operating rules and time limit
 */
public record DailyProblem(String name, String centreCode, String centreName, int centreLocationIndex,
        List<HubSite> hubs, List<VillageDemand> villages, List<VehicleType> vehicleTypes,
        Map<String, TravelMatrix> matrices, DailyParameters parameters) {

    public DailyProblem {
        hubs = List.copyOf(hubs);
        villages = List.copyOf(villages);
        vehicleTypes = List.copyOf(vehicleTypes);
        matrices = Map.copyOf(matrices);
        validate(centreCode, centreLocationIndex, hubs, villages, vehicleTypes, matrices);
    }

    private static void validate(String centreCode, int centreLocationIndex, List<HubSite> hubs,
            List<VillageDemand> villages, List<VehicleType> vehicleTypes, Map<String, TravelMatrix> matrices) {
        if (matrices.isEmpty()) {
            throw new IllegalArgumentException("A daily problem needs at least one travel matrix.");
        }
        int locations = -1;
        for (Map.Entry<String, TravelMatrix> entry : matrices.entrySet()) {
            if (locations >= 0 && entry.getValue().locationCount() != locations) {
                throw new IllegalArgumentException("The travel matrix of profile " + entry.getKey() + " has "
                        + entry.getValue().locationCount() + " locations, the others " + locations + ".");
            }
            locations = entry.getValue().locationCount();
        }
        checkIndex("County centre " + centreCode, centreLocationIndex, locations);
        Set<String> codes = new HashSet<>(Set.of(centreCode));
        for (HubSite hub : hubs) {
            checkIndex("Hub " + hub.code(), hub.locationIndex(), locations);
            if (!codes.add(hub.code())) {
                throw new IllegalArgumentException("Code " + hub.code() + " is used twice.");
            }
        }
        for (VillageDemand village : villages) {
            checkIndex("Village " + village.code(), village.locationIndex(), locations);
            if (!codes.add(village.code())) {
                throw new IllegalArgumentException("Code " + village.code() + " is used twice.");
            }
        }
        Set<String> typeCodes = new HashSet<>();
        for (VehicleType type : vehicleTypes) {
            if (!matrices.containsKey(type.profile())) {
                throw new IllegalArgumentException("Vehicle type " + type.code() + " drives on profile "
                        + type.profile() + ", which has no travel matrix.");
            }
            if (!typeCodes.add(type.code())) {
                throw new IllegalArgumentException("Vehicle type code " + type.code() + " is used twice.");
            }
        }
    }

    private static void checkIndex(String what, int index, int locations) {
        if (index < 0 || index >= locations) {
            throw new IllegalArgumentException(what + " has location " + index + ", outside the travel matrices of "
                    + locations + " locations.");
        }
    }

    /** @return the travel matrix a vehicle type drives on */
    public TravelMatrix matrixOf(VehicleType type) {
        return matrices.get(type.profile());
    }

    /** @return the vehicle types of one role */
    public List<VehicleType> vehicleTypes(VehicleRole role) {
        return vehicleTypes.stream().filter(type -> type.role() == role).toList();
    }
}
