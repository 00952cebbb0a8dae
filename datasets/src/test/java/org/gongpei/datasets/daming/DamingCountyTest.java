package org.gongpei.datasets.daming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.geo.LatLon;
import org.gongpei.planning.geo.LocalProjection;
import org.gongpei.planning.geo.Ring;
import org.gongpei.planning.geo.XY;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;
import org.junit.jupiter.api.Test;

class DamingCountyTest {

    private static final CountyNetworkData COUNTY = DemoCounties.daming();

    @Test
    void identifiesTheCounty() {
        assertThat(COUNTY.code()).isEqualTo("130425");
        assertThat(COUNTY.name()).isEqualTo("大名县");
        assertThat(COUNTY.province()).isEqualTo("河北省");
        assertThat(COUNTY.provincialCapital()).isEqualTo("石家庄市");
        assertThat(COUNTY.note()).contains("REAL", "SYNTHETIC", "GCJ-02");
    }

    @Test
    void townshipsMatchTheSourceList() throws IOException {
        List<String[]> source = sourceRows("townships.csv");
        assertThat(COUNTY.townships()).hasSize(20);
        assertThat(COUNTY.townships()).extracting(TownshipData::code)
                .containsExactlyInAnyOrderElementsOf(source.stream().map(r -> r[0]).toList());
        Map<String, String> names = source.stream().collect(Collectors.toMap(r -> r[0], r -> r[1]));
        assertThat(COUNTY.townships()).allSatisfy(t -> assertThat(t.name()).isEqualTo(names.get(t.code())));
    }

    @Test
    void villagesMatchTheSourceList() throws IOException {
        List<String[]> source = sourceRows("villages.csv");
        assertThat(COUNTY.villages()).hasSize(668);
        Map<String, VillageData> byCode = COUNTY.villages().stream()
                .collect(Collectors.toMap(VillageData::code, Function.identity()));
        assertThat(byCode).hasSize(668);
        for (String[] row : source) {
            assertThat(byCode.get(row[0])).as(row[0]).isNotNull();
            assertThat(byCode.get(row[0]).name()).isEqualTo(row[1]);
            assertThat(byCode.get(row[0]).townshipCode()).isEqualTo(row[2]);
        }
    }

    @Test
    void everyPlaceLiesInsideTheOutline() {
        LocalProjection projection = new LocalProjection(new LatLon(COUNTY.centre().lat(), COUNTY.centre().lon()));
        Ring outline = new Ring(COUNTY.boundary().get(0).stream()
                .map(p -> projection.toXY(new LatLon(p.get(1), p.get(0)))).toList());
        assertThat(outline.areaSquareMetres() / 1e6).as("area km²").isBetween(950.0, 1150.0);
        assertThat(COUNTY.villages()).allSatisfy(v ->
                assertThat(outline.contains(projection.toXY(new LatLon(v.lat(), v.lon())))).as(v.name()).isTrue());
        assertThat(COUNTY.townships()).allSatisfy(t ->
                assertThat(outline.contains(projection.toXY(new LatLon(t.lat(), t.lon())))).as(t.name()).isTrue());
        assertThat(outline.contains(projection.toXY(new LatLon(COUNTY.centre().lat(), COUNTY.centre().lon())))).isTrue();
    }

    @Test
    void everyVillageLiesInItsTownshipsVoronoiCell() {
        LocalProjection projection = new LocalProjection(new LatLon(COUNTY.centre().lat(), COUNTY.centre().lon()));
        for (VillageData v : COUNTY.villages()) {
            XY p = projection.toXY(new LatLon(v.lat(), v.lon()));
            TownshipData nearest = COUNTY.townships().stream()
                    .min(Comparator.comparingDouble(t -> projection.toXY(new LatLon(t.lat(), t.lon())).distanceMetres(p)))
                    .orElseThrow();
            assertThat(nearest.code()).as(v.name()).isEqualTo(v.townshipCode());
        }
    }

    @Test
    void seatTownshipIsAtTheRealSeatAndTheCentreNearIt() {
        LatLon seat = DamingSource.seatWgs84();
        TownshipData damingTown = COUNTY.townships().stream()
                .filter(t -> t.code().equals("130425100")).findFirst().orElseThrow();
        assertThat(seat.distanceMetres(new LatLon(damingTown.lat(), damingTown.lon()))).isLessThan(1.0);
        assertThat(seat.distanceMetres(new LatLon(COUNTY.centre().lat(), COUNTY.centre().lon()))).isBetween(1_000.0, 3_000.0);
    }

    @Test
    void townshipSeatsAreSpreadOut() {
        List<LatLon> seats = COUNTY.townships().stream().map(t -> new LatLon(t.lat(), t.lon())).toList();
        for (int i = 0; i < seats.size(); i++) {
            double nearest = Double.MAX_VALUE;
            for (int j = 0; j < seats.size(); j++) {
                if (i != j) {
                    nearest = Math.min(nearest, seats.get(i).distanceMetres(seats.get(j)));
                }
            }
            // 1,053 km² over 20 townships is about 53 km² each, 7 km apart in a regular layout
            assertThat(nearest).as(COUNTY.townships().get(i).name()).isBetween(3_000.0, 12_000.0);
        }
    }

    @Test
    void populationsSumToTheCensusTotalWithASkew() {
        int total = COUNTY.villages().stream().mapToInt(VillageData::population).sum();
        // scaled to 726,000 (2020 census), then rounded per village: off by at most one per village
        assertThat(total).isBetween(726_000 - 668, 726_000 + 668);
        int[] sorted = COUNTY.villages().stream().mapToInt(VillageData::population).sorted().toArray();
        int median = sorted[sorted.length / 2];
        assertThat(sorted[sorted.length - 1]).isGreaterThan(3 * median);
        assertThat(sorted[0]).isGreaterThanOrEqualTo(PopulationModel.MINIMUM_RESIDENTS);
    }

    @Test
    void stationRuleOfSeed002IsApplied() {
        assertThat(COUNTY.villages()).allSatisfy(v ->
                assertThat(v.station()).as(v.name()).isEqualTo(v.poor() || v.population() >= 500));
        long stations = COUNTY.villages().stream().filter(VillageData::station).count();
        assertThat(stations).as("seed 002 plans 350+ stations").isGreaterThanOrEqualTo(350);
        assertThat(COUNTY.villages().stream().filter(v -> v.poor() && v.population() < 500)).isNotEmpty();
    }

    @Test
    void poorShareIsTheDocumentedOne() {
        List<VillageData> administrative = COUNTY.villages().stream()
                .filter(v -> !v.name().contains("社区") && !v.name().endsWith("居民委员会")).toList();
        long poor = COUNTY.villages().stream().filter(VillageData::poor).count();
        assertThat(poor).isEqualTo(Math.round(DamingCountyBuilder.POOR_SHARE * administrative.size()));
        assertThat(administrative.stream().filter(VillageData::poor).count()).isEqualTo(poor);
    }

    @Test
    void everyTownshipSeatIsACandidateHubAndFiveAreDesignated() {
        assertThat(COUNTY.hubs()).hasSize(20);
        assertThat(COUNTY.hubs()).extracting(HubData::townshipCode)
                .containsExactlyInAnyOrderElementsOf(COUNTY.townships().stream().map(TownshipData::code).toList());
        List<HubData> designated = COUNTY.hubs().stream().filter(HubData::designated).toList();
        assertThat(designated).hasSize(5);
        assertThat(designated).allSatisfy(h -> {
            assertThat(h.coldStorage()).isTrue();
            assertThat(h.capacityParcelsPerDay()).isPositive();
            assertThat(h.townshipCode()).isNotEqualTo("130425100");
        });
        Map<String, TownshipData> townships = COUNTY.townships().stream()
                .collect(Collectors.toMap(TownshipData::code, Function.identity()));
        assertThat(COUNTY.hubs()).allSatisfy(h -> {
            assertThat(h.lat()).isEqualTo(townships.get(h.townshipCode()).lat());
            assertThat(h.lon()).isEqualTo(townships.get(h.townshipCode()).lon());
        });
    }

    private static List<String[]> sourceRows(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                DemoCounties.open("/org/gongpei/datasets/daming/source/" + file), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(l -> !l.isBlank())
                    .forEach(l -> rows.add(l.replace("\"", "").split(",")));
        }
        return rows;
    }
}
