package org.gongpei.maps;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;
import com.graphhopper.util.RamerDouglasPeucker;
import com.graphhopper.util.exceptions.ConnectionNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A road network imported from an OpenStreetMap extract, with a contraction hierarchy for every
 * {@link VehicleProfile}.
 * <p>
 * The graph is stored in {@code <graphRoot>/graph-<hash>} where the hash covers the file content
 * and the profile definitions, so a later {@link #open} of the same file loads it without
 * re-importing. Safe to share between threads; matrices of one profile are computed one at a
 * time. Close the network when done: its matrix providers stop working with it.
 */
public final class RoadNetwork implements AutoCloseable {

    /** Default largest distance between a location and its road, in metres. */
    public static final double DEFAULT_MAX_SNAP_DISTANCE_METRES = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(RoadNetwork.class);

    private final GraphHopper hopper;
    private final String graphHash;
    private final boolean imported;
    private final double importSeconds;
    private final Map<VehicleProfile, ChMatrixEngine> engines = new EnumMap<>(VehicleProfile.class);

    private RoadNetwork(GraphHopper hopper, String graphHash, boolean imported, double importSeconds) {
        this.hopper = hopper;
        this.graphHash = graphHash;
        this.imported = imported;
        this.importSeconds = importSeconds;
    }

    /**
     * Imports the extract, or loads the graph imported earlier from the same content.
     *
     * @param osmFile   an {@code .osm.pbf}, {@code .osm} or {@code .osm.gz} file
     * @param graphRoot directory holding one sub-directory per imported graph
     * @return the loaded network
     */
    public static RoadNetwork open(Path osmFile, Path graphRoot) {
        if (osmFile == null || !Files.isRegularFile(osmFile)) {
            throw new IllegalArgumentException("OSM file not found: " + osmFile);
        }
        if (graphRoot == null) {
            throw new IllegalArgumentException("Graph directory must be given");
        }
        String name = osmFile.getFileName().toString();
        if (!(name.endsWith(".osm.pbf") || name.endsWith(".osm") || name.endsWith(".osm.gz"))) {
            throw new IllegalArgumentException("OSM file must end with .osm.pbf, .osm or .osm.gz: " + osmFile);
        }
        try {
            if (Files.size(osmFile) == 0) {
                throw new IllegalArgumentException("OSM file cannot be empty: " + osmFile);
            }
            String hash = GraphStore.graphHash(osmFile);
            Path graphDir = graphRoot.resolve("graph-" + hash);
            boolean imported = false;
            long start = System.nanoTime();
            if (!Files.isRegularFile(graphDir.resolve("properties"))) {
                GraphStore.importGraph(osmFile, graphRoot, graphDir);
                imported = true;
            }
            double importSeconds = (System.nanoTime() - start) / 1e9;
            GraphHopper hopper = GraphStore.newHopper(graphDir);
            hopper.setAllowWrites(false);
            if (!hopper.load()) {
                throw new IllegalStateException("Graph in " + graphDir + " could not be loaded; delete it to re-import");
            }
            LOG.info("Road network {} loaded from {}: {} nodes, {} edges", name, graphDir,
                    hopper.getBaseGraph().getNodes(), hopper.getBaseGraph().getEdges());
            return new RoadNetwork(hopper, hash, imported, importSeconds);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + osmFile, e);
        }
    }

    /**
     * Like {@link #open(Path, Path)} for an extract inside a jar (e.g. a dataset's
     * {@code roads.osm.gz}): it is first copied to {@code <graphRoot>/osm/<name>}.
     *
     * @param osmResource URL of an {@code .osm.pbf}, {@code .osm} or {@code .osm.gz} resource
     */
    public static RoadNetwork open(URL osmResource, Path graphRoot) {
        if (osmResource == null) {
            throw new IllegalArgumentException("OSM resource not found (null URL)");
        }
        if (graphRoot == null) {
            throw new IllegalArgumentException("Graph directory must be given");
        }
        String path = osmResource.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        try {
            if ("file".equals(osmResource.getProtocol())) {
                return open(Path.of(osmResource.toURI()), graphRoot);
            }
            Path copyDir = Files.createDirectories(graphRoot.resolve("osm"));
            Path tmp = Files.createTempFile(copyDir, "copy-", ".tmp");
            try (InputStream in = osmResource.openStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Path copy = copyDir.resolve(name);
            Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return open(copy, graphRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + osmResource, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid file URL: " + osmResource, e);
        }
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
        List<Snap> snaps = snaps(profile, locations, maxSnapDistanceMetres);
        List<SnappedLocation> result = new ArrayList<>(snaps.size());
        for (int i = 0; i < snaps.size(); i++) {
            Snap snap = snaps.get(i);
            result.add(new SnappedLocation(i, locations.get(i), snap.getSnappedPoint().getLat(),
                    snap.getSnappedPoint().getLon(), snap.getQueryDistance()));
        }
        return List.copyOf(result);
    }

    List<Snap> snaps(VehicleProfile profile, List<Location> locations, double maxSnapDistanceMetres) {
        if (profile == null) {
            throw new IllegalArgumentException("Vehicle profile must be given");
        }
        if (locations == null || locations.isEmpty()) {
            throw new IllegalArgumentException("At least one location is needed");
        }
        if (!(maxSnapDistanceMetres > 0)) {
            throw new IllegalArgumentException("Maximum snap distance must be positive metres, was " + maxSnapDistanceMetres);
        }
        EdgeFilter filter = snapFilter(profile);
        List<Snap> snaps = new ArrayList<>(locations.size());
        for (int i = 0; i < locations.size(); i++) {
            Location location = locations.get(i);
            if (location == null) {
                throw new IllegalArgumentException("Location " + i + " is missing (null)");
            }
            Snap snap = hopper.getLocationIndex().findClosest(location.latitude(), location.longitude(), filter);
            if (!snap.isValid() || snap.getQueryDistance() > maxSnapDistanceMetres) {
                String distance = snap.isValid() ? String.format("%.0f m", snap.getQueryDistance()) : "more than the search radius";
                throw new PointNotRoutableException(i, location.label(), PointNotRoutableException.Reason.TOO_FAR_FROM_ROAD,
                        "Location " + i + " '" + location.label() + "' is " + distance + " from the nearest road usable by "
                                + profile.profileName() + " (limit " + String.format("%.0f m", maxSnapDistanceMetres) + ")");
            }
            snaps.add(snap);
        }
        return snaps;
    }

    private EdgeFilter snapFilter(VehicleProfile profile) {
        return new DefaultSnapFilter(weighting(profile),
                hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(profile.profileName())));
    }

    Weighting weighting(VehicleProfile profile) {
        return hopper.createWeighting(hopper.getProfile(profile.profileName()), new PMap());
    }

    RoutingCHGraph chGraph(VehicleProfile profile) {
        return hopper.getCHGraphs().get(profile.profileName());
    }

    GraphHopper hopper() {
        return hopper;
    }

    synchronized ChMatrixEngine engine(VehicleProfile profile) {
        return engines.computeIfAbsent(profile, p -> new ChMatrixEngine(this, p));
    }

    /**
     * A provider of road matrices on this network.
     *
     * @param maxSnapDistanceMetres largest accepted distance between a location and its road
     * @param referenceIndex        index of the location every other must connect to in both
     *                              directions, usually the county centre (0 when it comes first)
     */
    public MatrixProvider matrixProvider(VehicleProfile profile, double maxSnapDistanceMetres, int referenceIndex) {
        return new ChMatrixProvider(this, profile, maxSnapDistanceMetres, referenceIndex);
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
        ResponsePath path = routePath(profile, from, to);
        PointList points = path.getPoints().clone(false);
        if (toleranceMetres > 0) {
            new RamerDouglasPeucker().setMaxDistance(toleranceMetres).simplify(points);
        }
        List<LatLon> latLons = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            latLons.add(new LatLon(points.getLat(i), points.getLon(i)));
        }
        return new RouteGeometry(path.getDistance(), path.getTime() / 1000.0, latLons);
    }

    /**
     * One point-to-point route without geometry: GraphHopper's own CH query. For a handful of
     * pairs; use {@link #matrixProvider} for many.
     *
     * @throws PointNotRoutableException when there is no road from {@code from} to {@code to}
     */
    public RouteSummary routeSummary(VehicleProfile profile, Location from, Location to) {
        ResponsePath path = routePath(profile, from, to, false);
        return new RouteSummary(path.getDistance(), path.getTime() / 1000.0);
    }

    ResponsePath routePath(VehicleProfile profile, Location from, Location to) {
        return routePath(profile, from, to, true);
    }

    private ResponsePath routePath(VehicleProfile profile, Location from, Location to, boolean withPoints) {
        GHRequest request = new GHRequest(from.latitude(), from.longitude(), to.latitude(), to.longitude())
                .setProfile(profile.profileName());
        request.putHint("calc_points", withPoints);
        request.putHint("instructions", false);
        GHResponse response = hopper.route(request);
        if (response.hasErrors()) {
            Throwable error = response.getErrors().get(0);
            if (error instanceof ConnectionNotFoundException) {
                throw new PointNotRoutableException(1, to.label(), PointNotRoutableException.Reason.NOT_CONNECTED,
                        "No road from '" + from.label() + "' to '" + to.label() + "' for " + profile.profileName());
            }
            throw new IllegalStateException("Routing from '" + from.label() + "' to '" + to.label() + "' failed: "
                    + error.getMessage(), error);
        }
        return response.getBest();
    }

    /**
     * Random locations on roads the vehicle may use, all connected to each other in both
     * directions; for benchmarks and demos. The same seed gives the same locations.
     *
     * @param count number of locations, at least 1
     * @param seed  random seed
     */
    public List<Location> sampleLocations(VehicleProfile profile, int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("Sample size must be at least 1, was " + count);
        }
        Random random = new Random(seed);
        List<Location> locations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            locations.add(randomRoadLocation(profile, random, i));
        }
        for (int round = 0; round < 20; round++) {
            ChMatrixEngine.Result result = engine(profile).compute(snaps(profile, locations, DEFAULT_MAX_SNAP_DISTANCE_METRES));
            List<Integer> disconnected = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (result.weights()[i] == Double.POSITIVE_INFINITY || result.weights()[i * count] == Double.POSITIVE_INFINITY) {
                    disconnected.add(i);
                }
            }
            if (disconnected.isEmpty()) {
                return List.copyOf(locations);
            }
            if (disconnected.size() * 2 > count) {
                disconnected = List.of(0);
            }
            for (int i : disconnected) {
                locations.set(i, randomRoadLocation(profile, random, i));
            }
        }
        throw new IllegalStateException("No " + count + " connected locations found for " + profile.profileName());
    }

    private Location randomRoadLocation(VehicleProfile profile, Random random, int index) {
        NodeAccess nodes = hopper.getBaseGraph().getNodeAccess();
        EdgeFilter filter = snapFilter(profile);
        while (true) {
            int node = random.nextInt(nodeCount());
            Snap snap = hopper.getLocationIndex().findClosest(nodes.getLat(node), nodes.getLon(node), filter);
            if (snap.isValid() && snap.getQueryDistance() < 1) {
                return new Location("sample-" + index, nodes.getLat(node), nodes.getLon(node));
            }
        }
    }

    @Override
    public void close() {
        hopper.close();
    }
}
