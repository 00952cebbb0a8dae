package org.gongpei.planning.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongpei.maps.Location;
import org.gongpei.maps.PointNotRoutableException;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TravelMatrix;

/**
 * Builds the solver's {@link DailyProblem} from a county network, a day's demand, a fleet and a road
 * network. The keys of {@link DailyProblem#matrices()} are {@link VehicleProfile#name()}s.
 */
public final class DailyProblems {

    /** Hub opening time, 06:00 (ASSUMPTION: when the first trunk trucks can arrive). */
    public static final long HUB_OPENS_SECONDS = 6 * 3600;
    /** Hub closing time, 20:00 (ASSUMPTION). */
    public static final long HUB_CLOSES_SECONDS = 20 * 3600;

    private DailyProblems() {
    }

    /**
     * Builds one day's problem.
     *
     * <p>Locations, indexed alike in every matrix: 0 the county centre (its code is the county code, see
     * {@link #centreCode}), then the chosen hubs in the county's order, then the villages with demand on
     * the day (down parcels or up shipments) in the county's order; villages without demand are left
     * out. Matrix labels are the codes. A matrix is built for each profile the fleet drives on; metres
     * are rounded, seconds rounded up.
     *
     * <p>Each {@link VillageDemand} has its parcels per {@code Carrier.name()} (every carrier, in enum
     * order), chilled parcels, weight in grams and volume in cm³ (the day's rows summed, then rounded),
     * and one {@link FarmPickup} per up shipment: ready time in seconds since the day's midnight, time to
     * cold store = max hours × 3600 or {@link Stop#NO_LIMIT}, product = {@code FarmProduct.name()}. Each
     * {@link HubSite} has the hub's cold storage and capacity ({@link Integer#MAX_VALUE} when unlimited)
     * and opens {@value #HUB_OPENS_SECONDS}–{@value #HUB_CLOSES_SECONDS} s (06:00–20:00, ASSUMPTION).
     *
     * @param county the county network
     * @param demand the day's demand
     * @param fleet the vehicles available; their profiles must be {@link VehicleProfile} names
     * @param hubs which hubs may be used: {@link HubChoice#DESIGNATED} or {@link HubChoice#ALL}
     * @param matrices where the travel matrices come from
     * @param parameters the day's operating rules and time limit
     * @return the problem, named {@code "<county code> <date>"}
     * @throws UnroutableVillageException naming the village, hub or centre (code and name) that is too far
     *         from a road or cut off from the centre, with the reason
     * @throws IllegalArgumentException when a demand row names a village the county does not have, or a
     *         vehicle type's profile is not a {@link VehicleProfile}
     */
    public static DailyProblem build(CountyNetworkData county, DayDemand demand, DailyFleet fleet, HubChoice hubs,
            MatrixSource matrices, DailyParameters parameters) {
        List<HubData> chosenHubs = hubs == HubChoice.ALL ? county.hubs()
                : county.hubs().stream().filter(HubData::designated).toList();
        List<VillageDay> villages = VillageDay.of(county, demand);

        List<Site> sites = new ArrayList<>();
        sites.add(new Site("County centre", centreCode(county), county.centre().name(), county.centre().lat(),
                county.centre().lon()));
        chosenHubs.forEach(hub -> sites.add(new Site("Hub", hub.code(), hub.name(), hub.lat(), hub.lon())));
        villages.forEach(day -> sites.add(new Site("Village", day.village().code(), day.village().name(),
                day.village().lat(), day.village().lon())));
        List<Location> locations = sites.stream().map(site -> new Location(site.code(), site.lat(), site.lon())).toList();

        Map<String, TravelMatrix> matrixByProfile = new LinkedHashMap<>();
        for (VehicleProfile profile : profiles(fleet)) {
            matrixByProfile.put(profile.name(), matrix(matrices, profile, locations, sites));
        }

        List<HubSite> hubSites = new ArrayList<>();
        for (int h = 0; h < chosenHubs.size(); h++) {
            HubData hub = chosenHubs.get(h);
            hubSites.add(new HubSite(hub.code(), hub.name(), 1 + h, hub.coldStorage(),
                    hub.capacityParcelsPerDay() == null ? Integer.MAX_VALUE : hub.capacityParcelsPerDay(),
                    HUB_OPENS_SECONDS, HUB_CLOSES_SECONDS));
        }
        List<VillageDemand> villageDemands = new ArrayList<>();
        for (int v = 0; v < villages.size(); v++) {
            VillageDay day = villages.get(v);
            villageDemands.add(new VillageDemand(day.village().code(), day.village().name(), 1 + chosenHubs.size() + v,
                    day.parcelsByCarrier(), day.chilledParcels(), day.weightGrams(), day.volumeCubicCentimetres(),
                    day.shipments().stream().map(shipment -> FarmPickups.of(shipment, demand.date())).toList()));
        }
        return new DailyProblem(county.code() + " " + demand.date(), centreCode(county), county.centre().name(), 0,
                hubSites, villageDemands, fleet.vehicleTypes(), matrixByProfile, parameters);
    }

    /**
     * @param county the county
     * @return the code of its county centre in a daily problem: the county code
     */
    public static String centreCode(CountyNetworkData county) {
        return county.code();
    }

    private static Set<VehicleProfile> profiles(DailyFleet fleet) {
        Set<VehicleProfile> profiles = EnumSet.noneOf(VehicleProfile.class);
        for (VehicleType type : fleet.vehicleTypes()) {
            try {
                profiles.add(VehicleProfile.valueOf(type.profile()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Vehicle type " + type.code() + " drives on profile '" + type.profile()
                        + "', which is none of " + EnumSet.allOf(VehicleProfile.class) + ".", e);
            }
        }
        return profiles;
    }

    private static TravelMatrix matrix(MatrixSource matrices, VehicleProfile profile, List<Location> locations,
            List<Site> sites) {
        org.gongpei.maps.TravelMatrix roads;
        try {
            roads = matrices.matrix(profile, locations);
        } catch (PointNotRoutableException e) {
            if (e.index() < 0 || e.index() >= sites.size()) {
                throw e;
            }
            Site site = sites.get(e.index());
            throw new UnroutableVillageException(site.code(), site.name(), e.reason().name(), profile.name(),
                    site.kind() + " " + site.code() + " " + site.name() + " cannot be reached by " + profile.name()
                            + ": " + e.getMessage(), e);
        }
        int n = locations.size();
        if (roads.size() != n) {
            throw new IllegalStateException("The " + profile + " matrix has " + roads.size() + " locations, not " + n + ".");
        }
        long[] metres = new long[n * n];
        long[] seconds = new long[n * n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                metres[from * n + to] = Math.round(roads.distanceMetres(from, to));
                seconds[from * n + to] = (long) Math.ceil(roads.timeSeconds(from, to));
            }
        }
        return new TravelMatrix(n, metres, seconds);
    }

    /** A location of the day, for naming it in errors. */
    private record Site(String kind, String code, String name, double lat, double lon) {
    }
}
