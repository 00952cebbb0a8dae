package org.gongpei.maps;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Road networks of the committed OSM extracts, imported once per test run under target/. */
final class TestNetworks {

    static final Path GRAPH_ROOT = Path.of("target", "test-graphs");

    private static RoadNetwork northBayreuth;

    private TestNetworks() {
    }

    static synchronized RoadNetwork northBayreuth() {
        if (northBayreuth == null) {
            northBayreuth = RoadNetwork.open(resource("north-bayreuth.osm.gz"), GRAPH_ROOT);
        }
        return northBayreuth;
    }

    static Path resource(String name) {
        try {
            return Path.of(TestNetworks.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
