package org.gongpei.maps;

import com.graphhopper.ResponsePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RoadNetworkTest {

    private final RoadNetwork network = TestNetworks.northBayreuth();

    @Test
    void secondOpenOfTheSameContentLoadsInsteadOfImporting() throws Exception {
        Path copy = TestNetworks.GRAPH_ROOT.resolveSibling("copy-of-north-bayreuth.osm.gz");
        Files.copy(TestNetworks.resource("north-bayreuth.osm.gz"), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (RoadNetwork again = RoadNetwork.open(copy, TestNetworks.GRAPH_ROOT)) {
            assertThat(again.wasImported()).isFalse();
            assertThat(again.graphHash()).isEqualTo(network.graphHash());
            assertThat(again.nodeCount()).isEqualTo(network.nodeCount());
            assertThat(again.edgeCount()).isEqualTo(network.edgeCount());
        }
    }

    @Test
    void importsTheAndorraPbfExtract() {
        try (RoadNetwork andorra = RoadNetwork.open(TestNetworks.resource("andorra.osm.pbf"), TestNetworks.GRAPH_ROOT)) {
            List<Location> locations = andorra.sampleLocations(VehicleProfile.VAN, 10, 5);
            TravelMatrix matrix = andorra.matrixProvider(VehicleProfile.VAN).matrix(locations);
            ResponsePath path = andorra.routePath(VehicleProfile.VAN, locations.get(3), locations.get(7));
            assertThat(matrix.distanceMetres(3, 7)).isCloseTo(path.getDistance(), within(0.01));
            assertThat(andorra.graphHash()).isNotEqualTo(network.graphHash());
        }
    }

    @Test
    void anImportReportsItsStepsAndEachProfilesContractionHierarchy(@TempDir Path graphRoot) {
        List<String> steps = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        try (RoadNetwork andorra = RoadNetwork.open(TestNetworks.resource("andorra.osm.pbf"), graphRoot,
                (step, fraction) -> {
                    steps.add(step);
                    fractions.add(fraction);
                })) {
            assertThat(andorra.wasImported()).isTrue();
            assertThat(andorra.sampleLocations(VehicleProfile.BOX_TRUCK, 3, 1)).hasSize(3);
        }
        assertThat(steps).containsExactly("READING_OSM", "SUBNETWORKS", "CH_VAN", "CH_BOX_TRUCK",
                "CH_REFRIGERATED_TRUCK", "CH_ELECTRIC_TRICYCLE");
        assertThat(fractions).isSorted().allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));

        List<String> again = new ArrayList<>();
        try (RoadNetwork loaded = RoadNetwork.open(TestNetworks.resource("andorra.osm.pbf"), graphRoot,
                (step, fraction) -> again.add(step))) {
            assertThat(loaded.wasImported()).isFalse();
        }
        assertThat(again).isEmpty();
    }

    @Test
    void rejectsMissingAndUnknownFiles() {
        assertThatThrownBy(() -> RoadNetwork.open(Path.of("no-such-file.osm.pbf"), TestNetworks.GRAPH_ROOT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not found");
        assertThatThrownBy(() -> RoadNetwork.open(Path.of("pom.xml"), TestNetworks.GRAPH_ROOT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".osm.pbf");
    }

    @Test
    void routeGeometryIsSimplifiedAndKeepsTheRouteLength() {
        Location from = new Location("县共配中心", 50.0308452, 11.5901676);
        Location to = new Location("乡镇站", 49.978678, 11.511473);
        RouteGeometry full = network.route(VehicleProfile.VAN, from, to, 0);
        RouteGeometry simplified = network.route(VehicleProfile.VAN, from, to, 20);
        assertThat(simplified.distanceMetres()).isEqualTo(full.distanceMetres());
        assertThat(simplified.points().size()).isLessThan(full.points().size()).isGreaterThanOrEqualTo(2);
        assertThat(simplified.points().get(0)).isEqualTo(full.points().get(0));
        assertThat(simplified.points().get(simplified.points().size() - 1))
                .isEqualTo(full.points().get(full.points().size() - 1));
        assertThat(simplified.latLonPairs()[0]).containsExactly(full.points().get(0).latitude(), full.points().get(0).longitude());
        TravelMatrix matrix = network.matrixProvider(VehicleProfile.VAN).matrix(List.of(from, to));
        assertThat(full.distanceMetres()).isCloseTo(matrix.distanceMetres(0, 1), within(0.01));
    }

    @Test
    void routeToARoadIslandNamesTheDestination() {
        Location centre = new Location("县共配中心", 50.0308452, 11.5901676);
        Location island = new Location("孤岛村", 49.978678, 11.511473);
        assertThatThrownBy(() -> network.route(VehicleProfile.ELECTRIC_TRICYCLE, centre, island, 10))
                .isInstanceOfSatisfying(PointNotRoutableException.class, e -> {
                    assertThat(e.index()).isEqualTo(1);
                    assertThat(e.label()).isEqualTo("孤岛村");
                    assertThat(e.reason()).isEqualTo(PointNotRoutableException.Reason.NOT_CONNECTED);
                });
        assertThat(network.routeSummary(VehicleProfile.VAN, centre, island).distanceMetres()).isPositive();
    }

    @Test
    void opensAnExtractPackedInAJar() throws Exception {
        Path jar = TestNetworks.GRAPH_ROOT.resolveSibling("extract-in-a.jar");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("daming/roads.osm.gz"));
            Files.copy(TestNetworks.resource("north-bayreuth.osm.gz"), zip);
            zip.closeEntry();
        }
        java.net.URL url = java.net.URI.create("jar:" + jar.toUri() + "!/daming/roads.osm.gz").toURL();
        try (RoadNetwork fromJar = RoadNetwork.open(url, TestNetworks.GRAPH_ROOT)) {
            assertThat(fromJar.graphHash()).isEqualTo(network.graphHash());
            assertThat(fromJar.wasImported()).isFalse();
        }
        assertThat(TestNetworks.GRAPH_ROOT.resolve("osm").resolve("roads.osm.gz")).exists();
    }
}
