package org.gongpei.solver.daily.step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.UnservedReason;
import org.gongpei.solver.daily.model.VehicleRole;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.domain.Quantities;

/**
 * The village legs of a day: the centre's direct deliveries and each hub's last mile, with the depot's vans and
 * its villages' stops. A hub's vans leave once its parcels are sorted, a few at a time at its docks.
 */
public final class LastMileLegs {

    private LastMileLegs() {
    }

    /**
     * @param villagesByDepot the villages of the centre (index 0) and of each hub (index h + 1)
     * @param hubReady when each hub's parcels are sorted and its first vans may load
     * @param refused told of each village and the part of its demand no stop can carry, and why
     * @return a leg per depot that serves a village
     */
    public static List<Leg> build(DailyProblem problem, List<List<VillageDemand>> villagesByDepot, long[] hubReady,
            BiConsumer<String, UnservedReason> refused) {
        DailyParameters parameters = problem.parameters();
        List<Leg> legs = new ArrayList<>();
        for (int d = 0; d < villagesByDepot.size(); d++) {
            List<VillageDemand> served = villagesByDepot.get(d);
            if (served.isEmpty()) {
                continue;
            }
            boolean centre = d == 0;
            HubSite hub = centre ? null : problem.hubs().get(d - 1);
            Leg leg = centre
                    ? new Leg(problem.name() + " direct", Echelon.DIRECT, problem.centreCode(), problem.centreName())
                    : new Leg(problem.name() + " last mile " + hub.code(), Echelon.LAST_MILE, hub.code(), hub.name());
            VehicleRole role = centre ? VehicleRole.CENTRE_DELIVERY : VehicleRole.HUB_DELIVERY;
            addVans(problem, leg, hub, role, centre ? parameters.sortedAtCentreSeconds() : hubReady[d - 1],
                    centre ? 0 : parameters.hubDocks());
            Quantities largestVan = VillageStops.largestVan(problem, role);
            for (VillageDemand village : served) {
                List<UnservedReason> reasons = new ArrayList<>();
                VillageStops.add(village, parameters, largestVan, leg.stops(), leg.infoByStop(), reasons);
                reasons.forEach(reason -> refused.accept(village.code(), reason));
            }
            legs.add(leg);
        }
        return legs;
    }

    private static void addVans(DailyProblem problem, Leg leg, HubSite hub, VehicleRole role, long ready, int docks) {
        List<VehicleType> vans = new ArrayList<>();
        for (VehicleType type : problem.vehicleTypes(role)) {
            for (int n = 1; n <= type.count(); n++) {
                vans.add(type);
            }
        }
        long[] earliest = vans.stream().mapToLong(type -> Math.max(type.shiftStartSeconds(), ready)).toArray();
        long[] leaves = DockQueue.firstDepartures(earliest, problem.parameters().reloadSeconds(), docks);
        int depotIndex = hub == null ? problem.centreLocationIndex() : hub.locationIndex();
        Map<VehicleType, Integer> numbers = new HashMap<>();
        for (int v = 0; v < vans.size(); v++) {
            VehicleType type = vans.get(v);
            String id = Leg.vanId(type, hub, numbers.merge(type, 1, Integer::sum));
            leg.addVehicle(id, type, depotIndex, problem, leaves[v], type.maxWorkingSeconds(), type.fixedCostFen());
        }
    }
}
