package org.gongpei.planning.plan;

import static org.gongpei.solver.domain.Dimension.PARCELS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.TemperatureClass;

/**
 * The day's load (down plus up, per compartment) split by straight-line catchment, for sizing the
 * fleet (see {@link DailyFleet#sizedFor}).
 *
 * @param total all villages
 * @param centre the villages nearer to the centre than to every designated hub, plus what the designated
 *        hubs' capacities leave over
 * @param hubs per hub site, its catchment among the centre, the designated hubs and itself, capped at its capacity
 */
record FleetShares(Quantities total, Quantities centre, List<Quantities> hubs) {

    static FleetShares of(CountyNetworkData county, List<VillageDay> villages) {
        List<HubData> designated = county.hubs().stream().filter(HubData::designated).toList();
        Quantities total = Quantities.ZERO;
        Quantities centre = Quantities.ZERO;
        Quantities[] designatedShares = new Quantities[designated.size()];
        Arrays.fill(designatedShares, Quantities.ZERO);
        Quantities[] hubShares = new Quantities[county.hubs().size()];
        Arrays.fill(hubShares, Quantities.ZERO);
        for (VillageDay day : villages) {
            Quantities load = day.downLoad().plus(day.upLoad());
            total = total.plus(load);
            double lat = day.village().lat();
            double lon = day.village().lon();
            double bestDesignated = squaredDistance(lat, lon, county.centre().lat(), county.centre().lon());
            int nearest = -1;
            for (int h = 0; h < designated.size(); h++) {
                double d = squaredDistance(lat, lon, designated.get(h).lat(), designated.get(h).lon());
                if (d < bestDesignated) {
                    bestDesignated = d;
                    nearest = h;
                }
            }
            if (nearest < 0) {
                centre = centre.plus(load);
            } else {
                designatedShares[nearest] = designatedShares[nearest].plus(load);
            }
            for (int h = 0; h < county.hubs().size(); h++) {
                HubData hub = county.hubs().get(h);
                boolean own = nearest >= 0 && designated.get(nearest).code().equals(hub.code());
                if (own || squaredDistance(lat, lon, hub.lat(), hub.lon()) < bestDesignated) {
                    hubShares[h] = hubShares[h].plus(load);
                }
            }
        }
        for (int h = 0; h < designated.size(); h++) {
            Quantities share = designatedShares[h];
            centre = centre.plus(minus(share, capped(share, designated.get(h))));
        }
        List<Quantities> hubs = new ArrayList<>();
        for (int h = 0; h < county.hubs().size(); h++) {
            hubs.add(capped(hubShares[h], county.hubs().get(h)));
        }
        return new FleetShares(total, centre, List.copyOf(hubs));
    }

    /** @return the share scaled down to the hub's daily parcel capacity when it is larger */
    private static Quantities capped(Quantities share, HubData hub) {
        long parcels = share.get(TemperatureClass.AMBIENT, PARCELS) + share.get(TemperatureClass.CHILLED, PARCELS);
        if (hub.capacityParcelsPerDay() == null || parcels <= hub.capacityParcelsPerDay()) {
            return share;
        }
        double factor = (double) hub.capacityParcelsPerDay() / parcels;
        Quantities result = Quantities.ZERO;
        for (int i = 0; i < Quantities.COMPONENTS; i++) {
            result = result.with(Quantities.temperatureClassOf(i), Quantities.dimensionOf(i),
                    (long) Math.floor(share.get(i) * factor));
        }
        return result;
    }

    private static Quantities minus(Quantities a, Quantities b) {
        Quantities result = Quantities.ZERO;
        for (int i = 0; i < Quantities.COMPONENTS; i++) {
            result = result.with(Quantities.temperatureClassOf(i), Quantities.dimensionOf(i), a.get(i) - b.get(i));
        }
        return result;
    }

    /** Squared straight distance in degrees of latitude, longitude scaled by the cosine of the latitude. */
    private static double squaredDistance(double lat1, double lon1, double lat2, double lon2) {
        double dy = lat1 - lat2;
        double dx = (lon1 - lon2) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return dx * dx + dy * dy;
    }
}
