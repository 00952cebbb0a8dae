package org.gongpei.maps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CachedMatrixProviderTest {

    @TempDir
    Path cacheDir;

    @Test
    void cacheHitGivesAnIdenticalMatrixWithoutComputing() {
        RoadNetwork network = TestNetworks.northBayreuth();
        AtomicInteger computed = new AtomicInteger();
        MatrixProvider road = network.matrixProvider(VehicleProfile.REFRIGERATED_TRUCK);
        MatrixProvider counting = new MatrixProvider() {
            @Override
            public TravelMatrix matrix(List<Location> locations) {
                computed.incrementAndGet();
                return road.matrix(locations);
            }

            @Override
            public String cacheKey() {
                return road.cacheKey();
            }
        };
        List<Location> locations = network.sampleLocations(VehicleProfile.REFRIGERATED_TRUCK, 50, 3);
        CachedMatrixProvider cached = new CachedMatrixProvider(counting, cacheDir);
        TravelMatrix first = cached.matrix(locations);
        TravelMatrix second = new CachedMatrixProvider(counting, cacheDir).matrix(locations);
        assertThat(computed).hasValue(1);
        assertThat(second).isEqualTo(first);
        assertThat(second.distancesMetres()).containsExactly(first.distancesMetres());
        assertThat(cached.cacheFile(locations)).exists();
    }

    @Test
    void differentProfilesOrPointsUseDifferentFiles() throws Exception {
        RoadNetwork network = TestNetworks.northBayreuth();
        List<Location> locations = network.sampleLocations(VehicleProfile.VAN, 5, 3);
        CachedMatrixProvider van = new CachedMatrixProvider(network.matrixProvider(VehicleProfile.VAN), cacheDir);
        CachedMatrixProvider truck = new CachedMatrixProvider(network.matrixProvider(VehicleProfile.BOX_TRUCK), cacheDir);
        assertThat(van.cacheFile(locations)).isNotEqualTo(truck.cacheFile(locations));
        assertThat(van.cacheFile(locations)).isNotEqualTo(van.cacheFile(locations.subList(0, 4)));
        van.matrix(locations);
        truck.matrix(locations);
        try (var files = Files.list(cacheDir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".bin")).count()).isEqualTo(2);
        }
    }

    @Test
    void corruptFileIsRecomputed() throws Exception {
        List<Location> locations = List.of(new Location("a", 30.0, 115.0), new Location("b", 30.1, 115.1));
        CachedMatrixProvider cached = new CachedMatrixProvider(new HaversineMatrixProvider(1.3, 40), cacheDir);
        TravelMatrix expected = cached.matrix(locations);
        Files.write(cached.cacheFile(locations), new byte[]{1, 2, 3});
        assertThat(cached.matrix(locations)).isEqualTo(expected);
    }
}
