package org.gongpei.maps;

import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.storage.index.Snap;

import java.net.URL;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A road network imported from an OpenStreetMap extract, with a contraction hierarchy for every
 * {@link VehicleProfile}.
 * <p>
 * The graph is stored in {@code <graphRoot>/graph-<hash>} where the hash covers the file content
 * and the profile definitions, so a later {@link #open} of the same file loads it without
 * re-importing. Safe to share between threads; matrices of one profile are computed one at a
 * time. Close the network when done: its matrix providers stop working with it.
 * <p>
 * A facade: the import and loading are {@link GraphStore}'s, snapping {@link RoadSnapper}'s, routes
 * {@link RoadRouter}'s, matrices {@link ChMatrixEngine}'s on the graphs of a profile ({@link RoadGraph}).
 */
public final class RoadNetwork implements AutoCloseable {

    /** Default largest distance between a location and its road, in metres. */
    public static final double DEFAULT_MAX_SNAP_DISTANCE_METRES = 1000;

    private final GraphHopper hopper;
    private final String graphHash;
    private final boolean imported;
    private final double importSeconds;
    private final RoadRouter router;
    private final Map<VehicleProfile, ChMatrixEngine> engines = new EnumMap<>(VehicleProfile.class);

    private RoadNetwork(GraphStore.Loaded loaded) {
        this.hopper = loaded.hopper();
        this.graphHash = loaded.graphHash();
        this.imported = loaded.imported();
        this.importSeconds = loaded.importSeconds();
        this.router = new RoadRouter(hopper);
    }

    /**
     * Imports the extract, or loads the graph imported earlier from the same content.
     *
     * @param osmFile   an {@code .osm.pbf}, {@code .osm} or {@code .osm.gz} file
     * @param graphRoot directory holding one sub-directory per imported graph
     * @return the loaded network
     */
    public static RoadNetwork open(Path osmFile, Path graphRoot) {
        return new RoadNetwork(GraphStore.load(osmFile, graphRoot));
    }

    /**
     * Like {@link #open(Path, Path)}, reporting the steps of an import as they start (nothing when the graph
     * is loaded from an earlier import).
     */
    public static RoadNetwork open(Path osmFile, Path graphRoot, ImportProgress progress) {
        return new RoadNetwork(GraphStore.load(osmFile, graphRoot, progress));
    }

    /**
     * Like {@link #open(Path, Path)} for an extract inside a jar (e.g. a dataset's
     * {@code roads.osm.gz}): it is first copied to {@code <graphRoot>/osm/<name>}.
     *
     * @param osmResource URL of an {@code .osm.pbf}, {@code .osm} or {@code .osm.gz} resource
     */
    public static RoadNetwork open(URL osmResource, Path graphRoot) {
        return open(GraphStore.localFile(osmResource, graphRoot), graphRoot);
    }

    /** @return hash of the OSM content and profile definitions; part of every matrix cache key */
    public String graphHash() {
        return graphHash;
    }

    /** @return true if {@link #open} imported the file, false if it loaded an earlier import */
    public boolean wasImported() {
        return imported;
    }

    /** @return seconds spent importing and preparing (0 when loaded) */
    public double importSeconds() {
        return importSeconds;
    }

    /** @return number of road graph nodes (junctions and way ends) */
    public int nodeCount() {
        return hopper.getBaseGraph().getNodes();
    }

    /** @return number of road graph edges */
    public int edgeCount() {
        return hopper.getBaseGraph().getEdges();
    }

    /**
     * Snaps each location to the nearest road the vehicle may use.
     *
     * @param maxSnapDistanceMetres largest accepted distance between a location and its road
     * @throws PointNotRoutableException naming the first location with no road within the limit
     */
    public List<SnappedLocation> snap(VehicleProfile profile, List<Location> locations, double maxSnapDistanceMetres) {
        return RoadSnapper.snapped(graph(profile), locations, maxSnapDistanceMetres);
    }

    List<Snap> snaps(VehicleProfile profile, List<Location> locations, double maxSnapDistanceMetres) {
        return RoadSnapper.snaps(graph(profile), locations, maxSnapDistanceMetres);
    }

    /** @return the graphs of a profile */
    RoadGraph graph(VehicleProfile profile) {
        if (profile == null) {
            throw new IllegalArgumentException("Vehicle profile must be given");
        }
        return RoadGraph.of(hopper, profile);
    }

    synchronized ChMatrixEngine engine(VehicleProfile profile) {
        return engines.computeIfAbsent(profile, p -> new ChMatrixEngine(graph(p)));
    }

    /**
     * A provider of road matrices on this network.
     *
     * @param maxSnapDistanceMetres largest accepted distance between a location and its road
     * @param referenceIndex        index of the location every other must connect to in both
     *                              directions, usually the county centre (0 when it comes first)
     */
    public MatrixProvider matrixProvider(VehicleProfile profile, double maxSnapDistanceMetres, int referenceIndex) {
        return new ChMatrixProvider(graph(profile), () -> engine(profile), graphHash, maxSnapDistanceMetres,
                referenceIndex);
    }

    /** A provider with the default snap limit and the first location as reference. */
    public MatrixProvider matrixProvider(VehicleProfile profile) {
        return matrixProvider(profile, DEFAULT_MAX_SNAP_DISTANCE_METRES, 0);
    }

    /**
     * The fastest route between two stops, with its geometry simplified for drawing.
     *
     * @param toleranceMetres Douglas–Peucker tolerance: no dropped point lies farther than this
     *                        from the simplified line
     * @throws PointNotRoutableException when a stop is too far from a road (index 0 or 1) or the
     *                                   destination cannot be reached (index 1)
     */
    public RouteGeometry route(VehicleProfile profile, Location from, Location to, double toleranceMetres) {
        if (!(toleranceMetres >= 0)) {
            throw new IllegalArgumentException("Simplification tolerance must be zero or more metres, was " + toleranceMetres);
        }
        snaps(profile, List.of(from, to), DEFAULT_MAX_SNAP_DISTANCE_METRES);
        return router.geometry(profile, from, to, toleranceMetres);
    }

    /**
     * One point-to-point route without geometry: GraphHopper's own CH query. For a handful of
     * pairs; use {@link #matrixProvider} for many.
     *
     * @throws PointNotRoutableException when there is no road from {@code from} to {@code to}
     */
    public RouteSummary routeSummary(VehicleProfile profile, Location from, Location to) {
        return router.summary(profile, from, to);
    }

    ResponsePath routePath(VehicleProfile profile, Location from, Location to) {
        return router.path(profile, from, to, true);
    }

    /**
     * Random locations on roads the vehicle may use, all connected to each other in both
     * directions; for benchmarks and demos. The same seed gives the same locations.
     *
     * @param count number of locations, at least 1
     * @param seed  random seed
     */
    public List<Location> sampleLocations(VehicleProfile profile, int count, long seed) {
        return LocationSampler.sample(graph(profile), engine(profile), DEFAULT_MAX_SNAP_DISTANCE_METRES, count, seed);
    }

    @Override
    public void close() {
        hopper.close();
    }
}
