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

    @Test
    void theDirectoryStaysWithinItsSizeDroppingTheLeastRecentlyUsedMatrix() throws Exception {
        List<List<Location>> sets = List.of(
                List.of(new Location("a", 30.0, 115.0), new Location("b", 30.1, 115.1)),
                List.of(new Location("c", 30.0, 115.0), new Location("d", 30.1, 115.1)),
                List.of(new Location("e", 30.0, 115.0), new Location("f", 30.1, 115.1)));
        long fileBytes = 12 + 16 * 4; // header and 2 × 2 distances and times
        CachedMatrixProvider cached = new CachedMatrixProvider(new HaversineMatrixProvider(1.3, 40), cacheDir,
                2 * fileBytes);
        cached.matrix(sets.get(0));
        Files.setLastModifiedTime(cached.cacheFile(sets.get(0)), java.nio.file.attribute.FileTime.fromMillis(1_000));
        cached.matrix(sets.get(1));
        Files.setLastModifiedTime(cached.cacheFile(sets.get(1)), java.nio.file.attribute.FileTime.fromMillis(2_000));
        cached.matrix(sets.get(0)); // a hit: the first set is now the most recently used

        cached.matrix(sets.get(2)); // three files do not fit: the least recently used one goes

        assertThat(cached.cacheFile(sets.get(0))).exists();
        assertThat(cached.cacheFile(sets.get(1))).doesNotExist();
        assertThat(cached.cacheFile(sets.get(2))).exists();
        assertThat(Files.size(cached.cacheFile(sets.get(2)))).isEqualTo(fileBytes);
    }
}
