package org.gongpei.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.solver.domain.Dimension.CUBIC_CENTIMETRES;
import static org.gongpei.solver.domain.Dimension.GRAMS;
import static org.gongpei.solver.domain.TemperatureClass.AMBIENT;
import static org.gongpei.solver.domain.TemperatureClass.CHILLED;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.gongpei.datasets.DemoCounties;
import org.gongpei.datasets.daming.DamingGenerator;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.VehicleRole;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.TemperatureClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bridge on the Daming demo county and its synthetic road network. */
class DamingDailyProblemTest {

    private static final CountyNetworkData COUNTY = DemoCounties.daming();
    private static final LocalDate MONDAY = DamingGenerator.SAMPLE_WEEK_MONDAY;
    private static final DayDemand DEMAND = DayDemand.generated(COUNTY, MONDAY, DamingGenerator.DEFAULT_SEED);
    private static final DailyFleet FLEET = DailyFleet.sizedFor(COUNTY, DEMAND);

    @TempDir
    static Path dir;
    private static RoadNetwork roads;

    @BeforeAll
    static void openRoads() {
        roads = RoadNetwork.open(DamingDailyProblemTest.class.getResource(DemoCounties.DAMING_ROADS), dir.resolve("graphs"));
    }

    @AfterAll
    static void closeRoads() {
        roads.close();
    }

    @Test
    void aDayBuildsWithTheFiveDesignatedHubsAndWithAllTwenty() {
        long withDemand = DEMAND.down().stream().filter(row -> row.parcels() > 0).map(DownParcels::villageCode)
                .distinct().count();
        DailyParameters parameters = DailyParameters.defaults(Duration.ofMinutes(1));

        DailyProblem designated = DailyProblems.build(COUNTY, DEMAND, FLEET, HubChoice.DESIGNATED,
                MatrixSource.roads(roads, dir.resolve("matrices")), parameters);
        DailyProblem all = DailyProblems.build(COUNTY, DEMAND, FLEET, HubChoice.ALL,
                MatrixSource.roads(roads, dir.resolve("matrices")), parameters);

        assertThat(designated.hubs()).hasSize(5).allMatch(HubSite::coldStorage)
                .extracting(HubSite::code).containsExactlyElementsOf(
                        COUNTY.hubs().stream().filter(HubData::designated).map(HubData::code).toList());
        assertThat(all.hubs()).hasSize(20).extracting(HubSite::code)
                .containsExactlyElementsOf(COUNTY.hubs().stream().map(HubData::code).toList());
        for (DailyProblem problem : new DailyProblem[] {designated, all}) {
            int locations = 1 + problem.hubs().size() + problem.villages().size();
            assertThat(problem.villages().size()).isGreaterThanOrEqualTo((int) withDemand);
            problem.matrices().values().forEach(m -> assertThat(m.locationCount()).isEqualTo(locations));
            assertThat(problem.villages().stream().mapToInt(VillageDemand::parcels).sum())
                    .isEqualTo(DEMAND.down().stream().mapToInt(DownParcels::parcels).sum());
            assertThat(problem.parameters()).isEqualTo(parameters);
        }
        // the same village is farther down the index list when 15 more hubs come first
        VillageDemand firstDesignated = designated.villages().get(0);
        VillageDemand firstAll = all.villages().get(0);
        assertThat(firstAll.code()).isEqualTo(firstDesignated.code());
        assertThat(firstAll.locationIndex()).isEqualTo(firstDesignated.locationIndex() + 15);
        assertThat(all.matrices().get("VAN").distanceMetres(0, firstAll.locationIndex()))
                .isEqualTo(designated.matrices().get("VAN").distanceMetres(0, firstDesignated.locationIndex()));
    }

    @Test
    void theFleetsCapacityCoversTheDaysWeightAndVolume() {
        long downGrams = Math.round(DEMAND.down().stream().mapToDouble(DownParcels::weightKg).sum() * 1000);
        long upGrams = Math.round(DEMAND.up().stream().mapToDouble(UpShipment::weightKg).sum() * 1000);
        long downCubicCentimetres = Math.round(DEMAND.down().stream().mapToDouble(DownParcels::volumeM3).sum() * 1e6);
        assertThat(downGrams).as("the Daming demo day carries tens of tonnes").isGreaterThan(40_000_000);

        VehicleType box = type(DailyFleet.BOX_TRUCK);
        VehicleType reefer = type(DailyFleet.REFRIGERATED_TRUCK);
        VehicleType centreVan = type(DailyFleet.CENTRE_VAN);
        VehicleType hubVan = type(DailyFleet.HUB_VAN);
        assertThat(box.role()).isEqualTo(VehicleRole.TRUNK);
        assertThat(box.profile()).isEqualTo("BOX_TRUCK");
        assertThat(reefer.profile()).isEqualTo("REFRIGERATED_TRUCK");
        assertThat(centreVan.role()).isEqualTo(VehicleRole.CENTRE_DELIVERY);
        assertThat(hubVan.role()).isEqualTo(VehicleRole.HUB_DELIVERY);
        assertThat(FLEET.vehicleTypes()).extracting(VehicleType::profile).doesNotContain("ELECTRIC_TRICYCLE");
        assertThat(box.capacity().hasAny(CHILLED)).isFalse();
        assertThat(reefer.capacity().hasAny(AMBIENT)).isFalse();

        // trunk: box trucks and reefers together carry the whole day, down plus up
        long trunkGrams = box.count() * capacity(box, GRAMS) + reefer.count() * capacity(reefer, GRAMS);
        assertThat(trunkGrams).isGreaterThanOrEqualTo(Math.round(1.3 * (downGrams + upGrams)));
        assertThat(box.count() * box.capacity().get(AMBIENT, CUBIC_CENTIMETRES)).isGreaterThan(downCubicCentimetres);
        // last mile with the designated hubs: the centre's vans and each hub's vans carry it all too
        int designatedHubs = (int) COUNTY.hubs().stream().filter(HubData::designated).count();
        long lastMileGrams = (centreVan.count() + (long) hubVan.count() * designatedHubs) * capacity(hubVan, GRAMS);
        assertThat(lastMileGrams).isGreaterThanOrEqualTo(downGrams + upGrams);
        // the chilled parcels fit into the reefers and the vans' insulated boxes
        int chilledParcels = DEMAND.down().stream().mapToInt(DownParcels::chilledParcels).sum()
                + DEMAND.up().stream().filter(UpShipment::chilled).mapToInt(UpShipment::parcels).sum();
        assertThat(reefer.count() * reefer.capacity().get(CHILLED, Dimension.PARCELS)).isGreaterThan(chilledParcels);
    }

    @Test
    void costsAreTheSourcedDefaultsInFen() {
        VehicleType box = type(DailyFleet.BOX_TRUCK);
        VehicleType reefer = type(DailyFleet.REFRIGERATED_TRUCK);
        VehicleType van = type(DailyFleet.HUB_VAN);
        assertThat(box.fixedCostFen()).isEqualTo(150_00);          // 150 yuan per vehicle-day
        assertThat(box.costPerKilometreFen()).isEqualTo(1_00);     // 1 yuan/km
        assertThat(reefer.fixedCostFen()).isEqualTo(225_00);       // 150 yuan + 75 yuan cooling a day
        assertThat(reefer.costPerKilometreFen()).isEqualTo(123);   // 1 yuan + 3 L/100 km more diesel at 7.5 yuan/L
        assertThat(van.fixedCostFen()).isEqualTo(100_00);
        assertThat(van.costPerKilometreFen()).isEqualTo(60);
        assertThat(FLEET.vehicleTypes()).allSatisfy(type -> {
            assertThat(type.costPerHourFen()).isZero();
            assertThat(type.shiftStartSeconds()).isEqualTo(5 * 3600 + 1800);
            assertThat(type.shiftEndSeconds()).isEqualTo(21 * 3600);
            assertThat(type.maxWorkingSeconds()).isEqualTo(11 * 3600);
        });
        // van: 600 kg and 3 m³ in all, of which a 150 kg / 0.4 m³ insulated box
        assertThat(capacity(van, GRAMS)).isEqualTo(600_000);
        assertThat(van.capacity().get(CHILLED, GRAMS)).isEqualTo(150_000);
        assertThat(van.capacity().get(AMBIENT, CUBIC_CENTIMETRES) + van.capacity().get(CHILLED, CUBIC_CENTIMETRES))
                .isEqualTo(3_000_000);
    }

    private static VehicleType type(String code) {
        return FLEET.vehicleTypes().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private static long capacity(VehicleType type, Dimension dimension) {
        long total = 0;
        for (TemperatureClass temperature : TemperatureClass.values()) {
            total += type.capacity().get(temperature, dimension);
        }
        return total;
    }
}
