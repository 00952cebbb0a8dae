package org.gongpei.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongpei.datasets.DemoCounties;
import org.gongpei.maps.Location;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.demand.Carrier;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TravelMatrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bridge on the real OpenStreetMap roads north of Bayreuth. */
class BayreuthDailyProblemTest {

    private static final CountyNetworkData COUNTY = DemoCounties.bayreuth();
    private static final LocalDate DAY = LocalDate.of(2025, 6, 17);
    private static final DailyParameters PARAMETERS = DailyParameters.defaults(Duration.ofSeconds(30));

    @TempDir
    static Path dir;
    private static RoadNetwork roads;

    @BeforeAll
    static void openRoads() {
        roads = RoadNetwork.open(BayreuthDailyProblemTest.class.getResource(DemoCounties.BAYREUTH_ROADS), dir.resolve("graphs"));
    }

    @AfterAll
    static void closeRoads() {
        roads.close();
    }

    @Test
    void aGeneratedDayBecomesAProblemWithRoadMatricesForEveryProfileOfTheFleet() {
        DayDemand demand = DayDemand.generated(COUNTY, DAY, 7);
        DailyFleet fleet = DailyFleet.sizedFor(COUNTY, demand);

        DailyProblem problem = DailyProblems.build(COUNTY, demand, fleet, HubChoice.DESIGNATED,
                MatrixSource.roads(roads, dir.resolve("matrices")), PARAMETERS);

        Set<String> withDemand = new LinkedHashSet<>();
        demand.down().stream().filter(row -> row.parcels() > 0).forEach(row -> withDemand.add(row.villageCode()));
        demand.up().forEach(shipment -> withDemand.add(shipment.villageCode()));
        List<HubData> hubs = COUNTY.hubs().stream().filter(HubData::designated).toList();
        int locations = 1 + hubs.size() + withDemand.size();
        assertThat(withDemand.size()).isLessThanOrEqualTo(COUNTY.villages().size()).isGreaterThan(20);

        assertThat(problem.name()).isEqualTo("DE-BT-N 2025-06-17");
        assertThat(problem.centreCode()).isEqualTo(COUNTY.code());
        assertThat(problem.centreLocationIndex()).isZero();
        assertThat(problem.matrices().keySet()).containsExactlyInAnyOrder("VAN", "BOX_TRUCK", "REFRIGERATED_TRUCK");
        assertThat(problem.vehicleTypes()).isEqualTo(fleet.vehicleTypes());
        assertThat(problem.villages()).extracting(VillageDemand::code).containsExactlyInAnyOrderElementsOf(withDemand);
        assertThat(problem.villages()).extracting(VillageDemand::locationIndex)
                .containsExactlyElementsOf(range(1 + hubs.size(), locations));

        List<Location> points = new ArrayList<>();
        points.add(new Location(COUNTY.code(), COUNTY.centre().lat(), COUNTY.centre().lon()));
        hubs.forEach(hub -> points.add(new Location(hub.code(), hub.lat(), hub.lon())));
        Map<String, VillageData> villages = villagesByCode();
        problem.villages().forEach(v -> points.add(new Location(v.code(), villages.get(v.code()).lat(), villages.get(v.code()).lon())));
        for (Map.Entry<String, TravelMatrix> entry : problem.matrices().entrySet()) {
            TravelMatrix matrix = entry.getValue();
            assertThat(matrix.locationCount()).isEqualTo(locations);
            org.gongpei.maps.TravelMatrix road = roads.matrixProvider(VehicleProfile.valueOf(entry.getKey())).matrix(points);
            boolean asymmetric = false;
            for (int i = 0; i < locations; i++) {
                for (int j = 0; j < locations; j++) {
                    assertThat(matrix.distanceMetres(i, j)).isEqualTo(Math.round(road.distanceMetres(i, j)));
                    assertThat(matrix.durationSeconds(i, j)).isEqualTo((long) Math.ceil(road.timeSeconds(i, j)));
                    if (i == j) {
                        assertThat(matrix.distanceMetres(i, j)).isZero();
                    } else if (straightMetres(points.get(i), points.get(j)) > 100) {
                        assertThat(matrix.distanceMetres(i, j)).as("%s %d→%d", entry.getKey(), i, j).isPositive();
                        assertThat(matrix.durationSeconds(i, j)).isPositive();
                    }
                    asymmetric |= matrix.distanceMetres(i, j) != matrix.distanceMetres(j, i);
                }
            }
            assertThat(asymmetric).as("one-way streets make %s asymmetric somewhere", entry.getKey()).isTrue();
        }

        assertThat(problem.hubs()).extracting(HubSite::code).containsExactlyElementsOf(hubs.stream().map(HubData::code).toList());
        for (int h = 0; h < hubs.size(); h++) {
            HubSite site = problem.hubs().get(h);
            assertThat(site.locationIndex()).isEqualTo(1 + h);
            assertThat(site.coldStorage()).isEqualTo(hubs.get(h).coldStorage());
            assertThat(site.capacityParcelsPerDay()).isEqualTo(hubs.get(h).capacityParcelsPerDay());
            assertThat(site.opensSeconds()).isEqualTo(6 * 3600);
            assertThat(site.closesSeconds()).isEqualTo(20 * 3600);
        }
    }

    @Test
    void villageDemandTotalsAreTheDemandRowsTotalsAndPickupsAreInSeconds() {
        DayDemand demand = DayDemand.generated(COUNTY, DAY, 7);
        DailyProblem problem = DailyProblems.build(COUNTY, demand, DailyFleet.sizedFor(COUNTY, demand), HubChoice.ALL,
                MatrixSource.roads(roads, dir.resolve("matrices")), PARAMETERS);

        for (VillageDemand village : problem.villages()) {
            List<DownParcels> rows = demand.down().stream().filter(r -> r.villageCode().equals(village.code())).toList();
            assertThat(village.name()).isEqualTo(villagesByCode().get(village.code()).name());
            assertThat(village.parcelsByCarrier().keySet())
                    .containsExactly(List.of(Carrier.values()).stream().map(Carrier::name).toArray(String[]::new));
            for (Carrier carrier : Carrier.values()) {
                assertThat(village.parcelsByCarrier().get(carrier.name())).isEqualTo(rows.stream()
                        .filter(r -> r.carrier() == carrier).mapToInt(DownParcels::parcels).sum());
            }
            assertThat(village.chilledParcels()).isEqualTo(rows.stream().mapToInt(DownParcels::chilledParcels).sum());
            assertThat(village.weightGrams()).isEqualTo(Math.round(rows.stream().mapToDouble(DownParcels::weightKg).sum() * 1000));
            assertThat(village.volumeCubicCentimetres())
                    .isEqualTo(Math.round(rows.stream().mapToDouble(DownParcels::volumeM3).sum() * 1_000_000));

            List<UpShipment> shipments = demand.up().stream().filter(s -> s.villageCode().equals(village.code())).toList();
            assertThat(village.pickups()).hasSameSizeAs(shipments);
            for (int i = 0; i < shipments.size(); i++) {
                UpShipment shipment = shipments.get(i);
                FarmPickup pickup = village.pickups().get(i);
                assertThat(pickup.product()).isEqualTo(shipment.product().name());
                assertThat(pickup.parcels()).isEqualTo(shipment.parcels());
                assertThat(pickup.weightGrams()).isEqualTo(Math.round(shipment.weightKg() * 1000));
                assertThat(pickup.chilled()).isEqualTo(shipment.chilled());
                assertThat(pickup.readySeconds()).isEqualTo(shipment.readyTime().getHour() * 3600L
                        + shipment.readyTime().getMinute() * 60L);
                assertThat(pickup.maxSecondsToColdStore()).isEqualTo(shipment.maxHoursToColdStorage() == null
                        ? Stop.NO_LIMIT : shipment.maxHoursToColdStorage() * 3600L);
            }
        }
        int downParcels = demand.down().stream().mapToInt(DownParcels::parcels).sum();
        int upParcels = demand.up().stream().mapToInt(UpShipment::parcels).sum();
        assertThat(problem.villages().stream().mapToInt(VillageDemand::parcels).sum()).isEqualTo(downParcels).isPositive();
        assertThat(problem.villages().stream().mapToInt(VillageDemand::pickupParcels).sum()).isEqualTo(upParcels).isPositive();
        assertThat(problem.villages().stream().flatMap(v -> v.pickups().stream()))
                .anyMatch(p -> p.chilled() && p.maxSecondsToColdStore() < Stop.NO_LIMIT)
                .anyMatch(p -> !p.chilled() && p.maxSecondsToColdStore() == Stop.NO_LIMIT);
    }

    @Test
    void villagesWithoutDemandAreLeftOut() {
        VillageData first = COUNTY.villages().get(0);
        VillageData second = COUNTY.villages().get(1);
        List<DownParcels> down = List.of(
                new DownParcels(DAY, first.code(), Carrier.ZTO, 0, 0, 0, 0),
                new DownParcels(DAY, second.code(), Carrier.YTO, 4, 1, 0.04, 5.5));
        DayDemand demand = new DayDemand(DAY, down, List.of());

        DailyProblem problem = DailyProblems.build(COUNTY, demand, DailyFleet.sizedFor(COUNTY, demand),
                HubChoice.DESIGNATED, MatrixSource.roads(roads, dir.resolve("matrices")), PARAMETERS);

        assertThat(problem.villages()).extracting(VillageDemand::code).containsExactly(second.code());
        assertThat(problem.villages().get(0).parcelsByCarrier()).containsEntry("YTO", 4).containsEntry("ZTO", 0);
        assertThat(problem.villages().get(0).weightGrams()).isEqualTo(5_500);
        assertThat(problem.matrices().get("VAN").locationCount()).isEqualTo(1 + 3 + 1);
    }

    @Test
    void aVillageFarFromAnyRoadIsNamed() {
        DayDemand demand = DayDemand.generated(COUNTY, DAY, 7);
        String code = demand.down().stream().filter(row -> row.parcels() > 0).findFirst().orElseThrow().villageCode();
        List<VillageData> villages = new ArrayList<>();
        VillageData moved = null;
        for (VillageData village : COUNTY.villages()) {
            if (village.code().equals(code)) {
                // 0.1° north, about 11 km: beyond the extract's roads
                moved = new VillageData(village.code(), village.name(), village.townshipCode(), village.lat() + 0.1,
                        village.lon(), village.population(), village.poor(), village.station());
                villages.add(moved);
            } else {
                villages.add(village);
            }
        }
        CountyNetworkData county = new CountyNetworkData(COUNTY.code(), COUNTY.name(), COUNTY.province(),
                COUNTY.provincialCapital(), COUNTY.note(), COUNTY.centre(), COUNTY.townships(), COUNTY.hubs(), villages,
                COUNTY.boundary());

        UnroutableVillageException e = catchThrowableOfType(UnroutableVillageException.class,
                () -> DailyProblems.build(county, demand, DailyFleet.sizedFor(county, demand), HubChoice.DESIGNATED,
                        MatrixSource.roads(roads, dir.resolve("matrices")), PARAMETERS));

        assertThat(e.code()).isEqualTo(code);
        assertThat(e.name()).isEqualTo(moved.name());
        assertThat(e.reason()).isEqualTo("TOO_FAR_FROM_ROAD");
        assertThat(e.getMessage()).startsWith("Village " + code + " " + moved.name() + " cannot be reached by ");
    }

    @Test
    void demandOfAVillageOutsideTheCountyIsRefused() {
        DayDemand demand = new DayDemand(DAY, List.of(new DownParcels(DAY, "NOT-HERE", Carrier.JT, 1, 0, 0.01, 1)), List.of());
        assertThatThrownBy(() -> DailyProblems.build(COUNTY, demand, DailyFleet.sizedFor(COUNTY, DayDemand.generated(COUNTY, DAY, 7)),
                HubChoice.DESIGNATED, MatrixSource.haversine(1.3, 30), PARAMETERS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOT-HERE");
    }

    private static Map<String, VillageData> villagesByCode() {
        Map<String, VillageData> byCode = new HashMap<>();
        COUNTY.villages().forEach(v -> byCode.put(v.code(), v));
        return byCode;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> values = new ArrayList<>();
        for (int i = from; i < to; i++) {
            values.add(i);
        }
        return values;
    }

    private static double straightMetres(Location a, Location b) {
        double dy = (a.latitude() - b.latitude()) * 111_320;
        double dx = (a.longitude() - b.longitude()) * 111_320 * Math.cos(Math.toRadians(a.latitude()));
        return Math.hypot(dx, dy);
    }
}
