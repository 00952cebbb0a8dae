package org.gongpei.benchmarks.solomon;

import org.gongpei.solver.solomon.SolomonReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeInstanceGeneratorTest {

    @Test
    void writesAReadableInstanceWhoseEveryWindowTheDepotCanServe(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("G300.txt");
        Files.writeString(file, LargeInstanceGenerator.write(300, 7, "G300"));

        RoutePlan plan = SolomonReader.read(file, 0);

        assertThat(plan.getName()).isEqualTo("G300");
        assertThat(plan.getStops()).hasSize(300);
        assertThat(plan.getVehicles()).hasSize(75);
        Vehicle vehicle = plan.getVehicles().get(0);
        for (Stop stop : plan.getStops()) {
            long out = vehicle.getMatrix().durationSeconds(0, stop.getLocationIndex());
            long back = vehicle.getMatrix().durationSeconds(stop.getLocationIndex(), 0);
            assertThat(stop.getDueSeconds()).isGreaterThanOrEqualTo(out);
            assertThat(Math.max(out, stop.getReadySeconds()) + stop.getServiceSeconds() + back)
                    .isLessThanOrEqualTo(vehicle.getShiftEndSeconds());
        }
    }

    @Test
    void sameSeedSameInstance() {
        assertThat(LargeInstanceGenerator.write(50, 3, "G50")).isEqualTo(LargeInstanceGenerator.write(50, 3, "G50"))
                .isNotEqualTo(LargeInstanceGenerator.write(50, 4, "G50"));
    }

    @Test
    void refusesAnEmptyInstance() {
        assertThatThrownBy(() -> LargeInstanceGenerator.write(0, 1, "G0")).hasMessageContaining("at least one customer");
    }
}
