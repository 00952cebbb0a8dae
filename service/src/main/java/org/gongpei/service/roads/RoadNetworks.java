package org.gongpei.service.roads;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.maps.RoadNetwork;
import org.jboss.logging.Logger;

/**
 * The road network of each county, opened on first use and kept open. Each county's OpenStreetMap
 * file is configured as {@code gongpei.roads.file."<county code>"}: a file path, or
 * {@code classpath:/...} for an extract shipped in a jar (the demo counties). Graphs are imported once
 * into {@code gongpei.roads.graph-dir} and loaded from there on later starts.
 */
@ApplicationScoped
public class RoadNetworks {

    private static final Logger LOG = Logger.getLogger(RoadNetworks.class);
    private static final String CLASSPATH = "classpath:";

    @ConfigProperty(name = "gongpei.roads.graph-dir", defaultValue = "data/graphs")
    Path graphDirectory;

    private final Config config;
    private final Map<String, RoadNetwork> open = new ConcurrentHashMap<>();

    RoadNetworks(Config config) {
        this.config = config;
    }

    /** @throws NoRoadNetworkException when no file is configured for the county */
    public RoadNetwork forCounty(String countyCode) {
        return open.computeIfAbsent(source(countyCode), this::openSource);
    }

    /**
     * Checks that a road network is configured for the county, without opening it.
     *
     * @throws NoRoadNetworkException when no file is configured for the county
     */
    public void requireConfigured(String countyCode) {
        source(countyCode);
    }

    private String source(String countyCode) {
        return config.getOptionalValue("gongpei.roads.file.\"" + countyCode + "\"", String.class)
                .or(() -> config.getOptionalValue("gongpei.roads.file." + countyCode, String.class))
                .orElseThrow(() -> new NoRoadNetworkException(countyCode));
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
