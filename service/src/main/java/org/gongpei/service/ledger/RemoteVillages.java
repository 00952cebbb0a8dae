package org.gongpei.service.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.maps.Location;
import org.gongpei.maps.PointNotRoutableException;
import org.gongpei.maps.TravelMatrix;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.ledger.RecordCompliance.Exemption;
import org.gongpei.service.ledger.RecordCompliance.RemoteVillage;
import org.gongpei.service.parity.RemoteRule;
import org.gongpei.service.roads.NoRoadNetworkException;
import org.gongpei.service.roads.RoadNetworks;

/**
 * The villages exempted from the delivery-time indicator as remote (边远地区) by a {@link RemoteRule}: road time by
 * van from the county centre over the county's road network at or over its threshold, or on its list. The road times of a county's villages are
 * computed once (one matrix row, kept on disk with the plans' matrices) and kept while its villages stay the same.
 */
@ApplicationScoped
public class RemoteVillages {

    @ConfigProperty(name = "gongpei.plans.matrix-cache-dir", defaultValue = "data/matrices")
    Path matrixCacheDir;

    @Inject
    RoadNetworks roadNetworks;

    private final Map<String, Map<String, Double>> minutes = new ConcurrentHashMap<>();

    /**
     * @param rule the road time and the list by which a village is exempted
     * @return the exemption: its villages with their road time, or why the road time could not be applied (the
     *         listed villages are exempted all the same)
     */
    public Exemption exempt(CountyNetworkData county, RemoteRule rule) {
        Map<String, Double> roadMinutes = Map.of();
        String reason = null;
        try {
            roadMinutes = roadMinutes(county);
        } catch (NoRoadNetworkException e) {
            reason = "The county has no road network; no village was exempted by road time: " + e.getMessage();
        } catch (PointNotRoutableException e) {
            reason = "The road time of a village cannot be computed; no village was exempted by road time: "
                    + e.getMessage();
        }
        List<RemoteVillage> remote = new ArrayList<>();
        for (VillageData village : county.villages()) {
            Double time = roadMinutes.get(village.code());
            if (rule.remote(village.code(), time)) {
                remote.add(new RemoteVillage(village.code(), village.name(), time));
            }
        }
        remote.sort(Comparator.comparing(RemoteVillage::roadMinutes, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Exemption(rule.roadMinutes(), reason == null, reason, remote, rule);
    }

    private Map<String, Double> roadMinutes(CountyNetworkData county) {
        String key = county.code() + ":" + county.villages().stream().map(v -> v.code() + "@" + v.lat() + "," + v.lon())
                .toList().hashCode();
        return minutes.computeIfAbsent(key, k -> {
            List<Location> locations = new ArrayList<>();
            locations.add(new Location("centre", county.centre().lat(), county.centre().lon()));
            county.villages().forEach(v -> locations.add(new Location(v.code(), v.lat(), v.lon())));
            TravelMatrix matrix = roadNetworks.matricesForCounty(county.code(), matrixCacheDir)
                    .matrix(VehicleProfile.VAN, locations);
            Map<String, Double> times = new HashMap<>();
            for (int v = 0; v < county.villages().size(); v++) {
                times.put(county.villages().get(v).code(), matrix.timeSeconds(0, v + 1) / 60.0);
            }
            return Map.copyOf(times);
        });
    }
}
