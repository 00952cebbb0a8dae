package org.gongpei.service.roads;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.maps.ImportProgress;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.plan.MatrixSource;
import org.jboss.logging.Logger;

/**
 * The road networks of the counties, opened on first use and kept open. A county's current network is its newest
 * uploaded one ({@link RoadImports}); without one, the file configured as {@code gongpei.roads.file."<county
 * code>"}: a path, or {@code classpath:/...} for an extract shipped in a jar (the demo counties). Graphs are
 * imported once into {@code gongpei.roads.graph-dir} and loaded from there later; every version stays readable,
 * so a plan keeps the network it started with when a newer one is uploaded.
 * <p>
 * A county with neither is planned on an estimate when {@code gongpei.roads.estimate.enabled}: straight-line
 * distances times {@code gongpei.roads.estimate.detour-factor} at {@code gongpei.roads.estimate.speed-kmh.<PROFILE>};
 * every result built on it carries the {@link RoadEstimate}.
 */
@ApplicationScoped
public class RoadNetworks {

    private static final Logger LOG = Logger.getLogger(RoadNetworks.class);
    private static final String CLASSPATH = "classpath:";

    @ConfigProperty(name = "gongpei.roads.graph-dir", defaultValue = "data/graphs")
    Path graphDirectory;

    @ConfigProperty(name = "gongpei.plans.matrix-cache-max-size", defaultValue = "256M")
    MemorySize matrixCacheMaxSize;

    @ConfigProperty(name = "gongpei.roads.estimate.enabled", defaultValue = "true")
    boolean estimateEnabled;

    @ConfigProperty(name = "gongpei.roads.estimate.detour-factor", defaultValue = "1.3")
    double detourFactor;

    @Inject
    StoredRoadNetworkRepository stored;

    /** Assumed average speeds without a road network, km/h, unless configured otherwise. */
    private static final Map<VehicleProfile, Double> DEFAULT_SPEEDS = Map.of(VehicleProfile.VAN, 35.0,
            VehicleProfile.BOX_TRUCK, 30.0, VehicleProfile.REFRIGERATED_TRUCK, 30.0, VehicleProfile.ELECTRIC_TRICYCLE, 15.0);

    private final Config config;
    private final Map<String, RoadNetwork> open = new ConcurrentHashMap<>();

    RoadNetworks(Config config) {
        this.config = config;
    }

    /** @throws NoRoadNetworkException when the county has neither an uploaded nor a configured network */
    public RoadNetwork forCounty(String countyCode) {
        return open(find(countyCode).orElseThrow(() -> new NoRoadNetworkException(countyCode)));
    }

    /**
     * @return the roads a plan of the county runs on now: its newest uploaded network, else its configured file,
     *         else (when enabled) the estimate
     * @throws NoRoadNetworkException when it has none of them
     */
    public RoadVersion current(String countyCode) {
        return find(countyCode).or(() -> estimateEnabled ? Optional.of(RoadVersion.estimateOf(estimate()))
                : Optional.empty()).orElseThrow(() -> new NoRoadNetworkException(countyCode));
    }

    /** @return the configured assumptions of plans without a road network */
    public RoadEstimate estimate() {
        Map<String, Double> speeds = new LinkedHashMap<>();
        for (VehicleProfile profile : VehicleProfile.values()) {
            speeds.put(profile.name(), config.getOptionalValue("gongpei.roads.estimate.speed-kmh." + profile.name(),
                    Double.class).orElse(DEFAULT_SPEEDS.get(profile)));
        }
        return new RoadEstimate(detourFactor, speeds);
    }

    /**
     * @return the matrices of the county's newest uploaded road network (else its configured file), cached in
     *         {@code cacheDir} within the configured size
     * @throws NoRoadNetworkException when the county has none
     */
    public MatrixSource matricesForCounty(String countyCode, Path cacheDir) {
        return MatrixSource.roads(forCounty(countyCode), cacheDir, matrixCacheMaxSize.asLongValue());
    }

    /**
     * @param cacheDir where road matrices are cached
     * @return the travel matrices of a road version: on its network, or the estimate's
     */
    public MatrixSource matrices(RoadVersion version, Path cacheDir) {
        if (version.estimated()) {
            Map<VehicleProfile, Double> speeds = new EnumMap<>(VehicleProfile.class);
            version.estimate().speedKmh().forEach((profile, speed) -> speeds.put(VehicleProfile.valueOf(profile), speed));
            return MatrixSource.estimate(version.estimate().detourFactor(), speeds);
        }
        return MatrixSource.roads(open(version), cacheDir, matrixCacheMaxSize.asLongValue());
    }

    /** @return the county's current road version, if it has one */
    public Optional<RoadVersion> find(String countyCode) {
        Optional<RoadVersion> uploaded = QuarkusTransaction.requiringNew().call(() -> stored.current(countyCode)
                .map(n -> new RoadVersion(n.id, n.sourceName, n.contentSha256)));
        return uploaded.or(() -> configured(countyCode).map(source -> new RoadVersion(null, source, null)));
    }

    /**
     * Checks that the county has a road network, uploaded or configured, without opening it; an estimate does not
     * count.
     *
     * @throws NoRoadNetworkException when it has none
     */
    public void requireConfigured(String countyCode) {
        find(countyCode).orElseThrow(() -> new NoRoadNetworkException(countyCode));
    }

    /** @return the network of a version, opened once; an estimate has none */
    public RoadNetwork open(RoadVersion version) {
        if (version.estimated()) {
            throw new IllegalStateException("An estimate has no road network: " + version.estimate().describe());
        }
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
