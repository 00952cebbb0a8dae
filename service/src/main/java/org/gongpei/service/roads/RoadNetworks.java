package org.gongpei.service.roads;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.maps.ImportProgress;
import org.gongpei.maps.RoadNetwork;
import org.jboss.logging.Logger;

/**
 * The road networks of the counties, opened on first use and kept open. A county's current network is its newest
 * uploaded one ({@link RoadImports}); without one, the file configured as {@code gongpei.roads.file."<county
 * code>"}: a path, or {@code classpath:/...} for an extract shipped in a jar (the demo counties). Graphs are
 * imported once into {@code gongpei.roads.graph-dir} and loaded from there later; every version stays readable,
 * so a plan keeps the network it started with when a newer one is uploaded.
 */
@ApplicationScoped
public class RoadNetworks {

    private static final Logger LOG = Logger.getLogger(RoadNetworks.class);
    private static final String CLASSPATH = "classpath:";

    @ConfigProperty(name = "gongpei.roads.graph-dir", defaultValue = "data/graphs")
    Path graphDirectory;

    @Inject
    StoredRoadNetworkRepository stored;

    private final Config config;
    private final Map<String, RoadNetwork> open = new ConcurrentHashMap<>();

    RoadNetworks(Config config) {
        this.config = config;
    }

    /** @throws NoRoadNetworkException when the county has neither an uploaded nor a configured network */
    public RoadNetwork forCounty(String countyCode) {
        return open(current(countyCode));
    }

    /**
     * @return the county's current road version: its newest uploaded network, else its configured file
     * @throws NoRoadNetworkException when it has neither
     */
    public RoadVersion current(String countyCode) {
        return find(countyCode).orElseThrow(() -> new NoRoadNetworkException(countyCode));
    }

    /** @return the county's current road version, if it has one */
    public Optional<RoadVersion> find(String countyCode) {
        Optional<RoadVersion> uploaded = QuarkusTransaction.requiringNew().call(() -> stored.current(countyCode)
                .map(n -> new RoadVersion(n.id, n.sourceName, n.contentSha256)));
        return uploaded.or(() -> configured(countyCode).map(source -> new RoadVersion(null, source, null)));
    }

    /**
     * Checks that the county has a road network, without opening it.
     *
     * @throws NoRoadNetworkException when it has none
     */
    public void requireConfigured(String countyCode) {
        current(countyCode);
    }

    /** @return the network of a version, opened once */
    public RoadNetwork open(RoadVersion version) {
        if (version.networkId() == null) {
            return open.computeIfAbsent(version.source(), this::openSource);
        }
        String file = QuarkusTransaction.requiringNew().call(() -> {
            StoredRoadNetwork network = stored.findById(version.networkId());
            return network == null ? null : network.osmFile;
        });
        if (file == null) {
            throw new IllegalStateException("Road network " + version.networkId() + " is no longer stored");
        }
        return open(graphDirectory.resolve(file));
    }

    /** Imports (or loads) an OSM file under the graph directory and keeps it open. */
    RoadNetwork open(Path osmFile) {
        return open(osmFile, ImportProgress.NONE);
    }

    /** Like {@link #open(Path)}, reporting the steps of an import. */
    RoadNetwork open(Path osmFile, ImportProgress progress) {
        return open.computeIfAbsent(osmFile.toAbsolutePath().toString(), path -> {
            LOG.infof("Opening the road network %s (graphs in %s)", path, graphDirectory.toAbsolutePath());
            return RoadNetwork.open(Path.of(path), graphDirectory, progress);
        });
    }

    /** @return the directory of imported graphs and uploaded files */
    Path graphDirectory() {
        return graphDirectory;
    }

    private Optional<String> configured(String countyCode) {
        return config.getOptionalValue("gongpei.roads.file.\"" + countyCode + "\"", String.class)
                .or(() -> config.getOptionalValue("gongpei.roads.file." + countyCode, String.class));
    }

    private RoadNetwork openSource(String source) {
        LOG.infof("Opening the road network %s (graphs in %s)", source, graphDirectory.toAbsolutePath());
        if (source.startsWith(CLASSPATH)) {
            URL resource = RoadNetworks.class.getResource(source.substring(CLASSPATH.length()));
            if (resource == null) {
                throw new IllegalStateException("The road network " + source + " is not on the classpath");
            }
            return RoadNetwork.open(resource, graphDirectory);
        }
        Path file = Path.of(source);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("The road network file " + file.toAbsolutePath() + " cannot be read");
        }
        return RoadNetwork.open(file, graphDirectory);
    }

    void close(@Observes ShutdownEvent event) {
        open.values().forEach(RoadNetwork::close);
        open.clear();
    }
}
