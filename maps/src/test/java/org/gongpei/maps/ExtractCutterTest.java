package org.gongpei.maps;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Two areas cut from the north Bayreuth extract with osmium, each imported on its own. */
class ExtractCutterTest {

    private static final List<double[]> WEST = List.of(new double[] {11.46, 49.95}, new double[] {11.54, 49.95},
            new double[] {11.54, 50.06}, new double[] {11.46, 50.06});
    private static final List<double[]> EAST = List.of(new double[] {11.55, 49.95}, new double[] {11.63, 49.95},
            new double[] {11.63, 50.06}, new double[] {11.55, 50.06});

    @Test
    void theBufferWidensTheOutlineByItsMetres() {
        List<double[]> ring = ExtractCutter.buffered(WEST, 2000);
        double minLat = ring.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double maxLon = ring.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        assertThat((49.95 - minLat) * 111_320).isCloseTo(2000, within(5.0));
        assertThat((maxLon - 11.54) * 111_320 * Math.cos(Math.toRadians(50.005))).isCloseTo(2000, within(5.0));
        assertThatThrownBy(() -> ExtractCutter.buffered(WEST.subList(0, 2), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 points");
        assertThatThrownBy(() -> ExtractCutter.buffered(WEST, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 or more");
    }

    @Test
    void twoCountiesCutFromOneExtractEachHoldTheirOwnRoads(@TempDir Path dir) {
        boolean installed = ExtractCutter.available();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs Debian's osmium-tool for the extract test");
        }
        Assumptions.assumeTrue(installed, "osmium-tool is not installed (apt-get install osmium-tool)");
        Path source = TestNetworks.resource("north-bayreuth.osm.gz");
        Path west = dir.resolve("west.osm.pbf");
        Path east = dir.resolve("east.osm.pbf");
        ExtractCutter.cut(source, WEST, 1000, west);
        ExtractCutter.cut(source, EAST, 1000, east);

        RoadNetwork whole = TestNetworks.northBayreuth();
        try (RoadNetwork westRoads = RoadNetwork.open(west, dir.resolve("graphs"));
                RoadNetwork eastRoads = RoadNetwork.open(east, dir.resolve("graphs"))) {
            assertThat(westRoads.nodeCount()).isPositive().isLessThan(whole.nodeCount());
            assertThat(eastRoads.nodeCount()).isPositive().isLessThan(whole.nodeCount());
            assertThat(westRoads.graphHash()).isNotEqualTo(eastRoads.graphHash());
            Location inWest = new Location("west", 50.0183416, 11.5011482);
            Location inEast = new Location("east", 49.9912734, 11.59859);
            assertThat(westRoads.snap(VehicleProfile.VAN, List.of(inWest), 500)).hasSize(1);
            assertThat(eastRoads.snap(VehicleProfile.VAN, List.of(inEast), 500)).hasSize(1);
            assertThatThrownBy(() -> westRoads.snap(VehicleProfile.VAN, List.of(inEast), 500))
                    .isInstanceOf(PointNotRoutableException.class);
        }
        assertThat(Files.exists(west)).isTrue();
    }
}
