package org.gongpei.datasets.daming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.gongpei.datasets.CarRouter;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.geo.LatLon;
import org.gongpei.planning.geo.LocalProjection;
import org.gongpei.planning.geo.XY;
import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DamingRoadsTest {

    private static final CountyNetworkData COUNTY = DemoCounties.daming();
    private static CarRouter router;

    @BeforeAll
    static void importRoads() throws IOException {
        router = new CarRouter(DemoCounties.damingRoads(), Path.of("target", "graphhopper-daming-test"));
    }

    @AfterAll
    static void close() {
        router.close();
    }

    @Test
    void everyVillageIsRoutableFromTheCentreAndBack() {
        CentreData c = COUNTY.centre();
        List<String> unreachable = new ArrayList<>();
        for (VillageData v : COUNTY.villages()) {
            if (router.distanceMetres(c.lat(), c.lon(), v.lat(), v.lon()).isEmpty()
                    || router.distanceMetres(v.lat(), v.lon(), c.lat(), c.lon()).isEmpty()) {
                unreachable.add(v.name());
            }
        }
        assertThat(unreachable).isEmpty();
    }

    @Test
    void shortestRoadDistanceIsOnAverage1point2To1point5TimesTheStraightDistance() {
        CentreData c = COUNTY.centre();
        LatLon centre = new LatLon(c.lat(), c.lon());
        double sum = 0;
        int n = 0;
        for (VillageData v : COUNTY.villages()) {
            double straight = centre.distanceMetres(new LatLon(v.lat(), v.lon()));
            OptionalDouble road = router.shortestDistanceMetres(c.lat(), c.lon(), v.lat(), v.lon());
            assertThat(road).as(v.name()).isPresent();
            assertThat(road.getAsDouble()).as(v.name()).isGreaterThanOrEqualTo(straight * 0.999);
            sum += road.getAsDouble() / straight;
            n++;
        }
        double meanDetour = sum / n;
        System.out.printf("Daming mean detour factor centre->village: %.3f%n", meanDetour);
        assertThat(meanDetour).isBetween(1.2, 1.5);
    }

    @Test
    void networkHasTheRoadClassesOneWayAndMissingLinks() throws IOException {
        String xml;
        try (InputStream in = new GZIPInputStream(DemoCounties.damingRoads())) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String highway : List.of("secondary", "tertiary", "unclassified", "residential", "track")) {
            assertThat(xml).contains("<tag k=\"highway\" v=\"" + highway + "\"/>");
        }
        assertThat(count(xml, "<tag k=\"oneway\" v=\"yes\"/>")).isEqualTo(RoadNetworkBuilder.ONEWAY_LINKS);
        assertThat(count(xml, "<node ")).isGreaterThan(1 + 20 + 668);
    }

    @Test
    void exactlyTheDocumentedNumberOfNeighbouringSeatsLackADirectRoad() throws IOException {
        String xml;
        try (InputStream in = new GZIPInputStream(DemoCounties.damingRoads())) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // seat i (in county.json order) is OSM node i + 2; node 1 is the centre
        Set<Long> directRoads = new HashSet<>();
        Matcher way = Pattern.compile("(?s)<way id=\"\\d+\">(.*?)</way>").matcher(xml);
        while (way.find()) {
            Matcher ref = Pattern.compile("<nd ref=\"(\\d+)\"/>").matcher(way.group(1));
            List<Long> refs = new ArrayList<>();
            while (ref.find()) {
                refs.add(Long.parseLong(ref.group(1)));
            }
            directRoads.add(pairKey(refs.get(0), refs.get(refs.size() - 1)));
        }
        LocalProjection projection = new LocalProjection(new LatLon(COUNTY.centre().lat(), COUNTY.centre().lon()));
        List<XY> seats = COUNTY.townships().stream().map(t -> projection.toXY(new LatLon(t.lat(), t.lon()))).toList();
        Set<Long> neighbourPairs = new HashSet<>();
        for (int s = 0; s < seats.size(); s++) {
            final int seat = s;
            List<Integer> others = new ArrayList<>();
            for (int o = 0; o < seats.size(); o++) {
                if (o != seat) {
                    others.add(o);
                }
            }
            others.sort(Comparator.comparingDouble(o -> seats.get(seat).distanceMetres(seats.get(o))));
            for (int o : others.subList(0, RoadNetworkBuilder.SEAT_NEIGHBOURS)) {
                neighbourPairs.add(pairKey(seat + 2, o + 2));
            }
        }
        long missing = neighbourPairs.stream().filter(p -> !directRoads.contains(p)).count();
        assertThat(missing).isEqualTo(RoadNetworkBuilder.MISSING_LINKS);
    }

    private static long pairKey(long a, long b) {
        return Math.min(a, b) * 1_000_000L + Math.max(a, b);
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
