package org.gongpei.datasets.daming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongpei.planning.SeededRandom;
import org.gongpei.planning.geo.LatLon;
import org.gongpei.planning.geo.LocalProjection;
import org.gongpei.planning.geo.XY;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;

/** Generates the synthetic road network of a county as gzip-compressed OSM XML. */
final class DamingRoads {

    private DamingRoads() {
    }

    static byte[] generate(CountyNetworkData county, long seed) {
        LatLon origin = new LatLon(county.centre().lat(), county.centre().lon());
        LocalProjection projection = new LocalProjection(origin);
        List<XY> places = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        places.add(projection.toXY(origin));
        names.add(county.centre().name());
        tags.add(tags("name", county.centre().name()));
        Map<String, Integer> seatIndex = new HashMap<>();
        for (TownshipData t : county.townships()) {
            seatIndex.put(t.code(), seatIndex.size());
            places.add(projection.toXY(new LatLon(t.lat(), t.lon())));
            names.add(t.name());
            tags.add(tags("place", "town") + tags("name", t.name()));
        }
        List<Integer> villageTownship = new ArrayList<>();
        for (VillageData v : county.villages()) {
            villageTownship.add(seatIndex.get(v.townshipCode()));
            places.add(projection.toXY(new LatLon(v.lat(), v.lon())));
            names.add(v.name());
            tags.add(tags("place", "village") + tags("name", v.name()) + tags("ref", v.code()));
        }
        List<RoadLink> links = new RoadNetworkBuilder(places, names, county.townships().size(), villageTownship)
                .build(SeededRandom.of(seed, 10));
        return new OsmRoadWriter(projection, places, tags).write(links, SeededRandom.of(seed, 11));
    }

    private static String tags(String key, String value) {
        StringBuilder out = new StringBuilder();
        OsmRoadWriter.appendTag(out, key, value);
        return out.toString();
    }
}
