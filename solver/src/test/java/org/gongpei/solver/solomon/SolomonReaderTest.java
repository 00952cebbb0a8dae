package org.gongpei.solver.solomon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.Vehicle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolomonReaderTest {

    @Test
    void readsVehiclesCustomersAndScaledEuclideanMatrix() throws IOException, URISyntaxException {
        RoutePlan plan = SolomonReader.read(Path.of(getClass().getResource("/solomon/C101.txt").toURI()), 0);

        assertThat(plan.getName()).isEqualTo("C101");
        assertThat(plan.getVehicles()).hasSize(25);
        assertThat(plan.getStops()).hasSize(100);
        Vehicle vehicle = plan.getVehicles().get(0);
        assertThat(vehicle.getCapacity().get(TemperatureClass.AMBIENT, Dimension.PARCELS)).isEqualTo(200);
        assertThat(vehicle.getShiftEndSeconds()).isEqualTo(1_236 * SolomonReader.SCALE);
        Stop first = plan.getStops().get(0); // 1: (45, 68), demand 10, window 912-967, service 90
        assertThat(first.getDelivery().get(TemperatureClass.AMBIENT, Dimension.PARCELS)).isEqualTo(10);
        assertThat(first.getReadySeconds()).isEqualTo(912 * SolomonReader.SCALE);
        assertThat(first.getDueSeconds()).isEqualTo(967 * SolomonReader.SCALE);
        assertThat(first.getServiceSeconds()).isEqualTo(90 * SolomonReader.SCALE);
        // depot (40, 50) to (45, 68): sqrt(25 + 324) = 18.681541...
        assertThat(vehicle.getMatrix().distanceMetres(0, 1)).isEqualTo(18_681_542L);
        assertThat(vehicle.getMatrix().durationSeconds(0, 1)).isEqualTo(18_681_542L);
    }

    @Test
    void bestKnownDistanceIsTheSmallerOfBothEntries(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("BKS.json");
        Files.writeString(file, """
                {"R101": {"best_known_cost": 1650.80, "vehicles": 25},
                 "R101_distance": {"best_known_cost": 1642.88, "vehicles": 25},
                 "C101": {"best_known_cost": 828.94}}
                """);
        BestKnownSolutions bks = BestKnownSolutions.read(file);

        assertThat(bks.distance("R101")).hasValue(1642.88);
        assertThat(bks.distance("C101")).hasValue(828.94);
        assertThat(bks.distance("X1")).isEmpty();
    }
}
