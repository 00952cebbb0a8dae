package org.gongpei.maps;

import com.graphhopper.storage.NodeAccess;
import com.graphhopper.storage.index.Snap;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random locations on roads a vehicle may use, all connected to each other in both directions; for tests,
 * benchmarks and demos. The same seed gives the same locations.
 */
final class LocationSampler {

    private static final int ROUNDS = 20;

    private LocationSampler() {
    }

    /**
     * @param engine the matrix engine of the graph's profile, to find disconnected locations
     * @param maxSnapDistanceMetres largest distance between a location and its road in the connection check
     * @param count number of locations, at least 1
     * @param seed random seed
     */
    static List<Location> sample(RoadGraph graph, ChMatrixEngine engine, double maxSnapDistanceMetres, int count,
            long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("Sample size must be at least 1, was " + count);
        }
        Random random = new Random(seed);
        List<Location> locations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            locations.add(randomRoadLocation(graph, random, i));
        }
        for (int round = 0; round < ROUNDS; round++) {
            ChMatrixEngine.Result result = engine.compute(RoadSnapper.snaps(graph, locations, maxSnapDistanceMetres));
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
                locations.set(i, randomRoadLocation(graph, random, i));
            }
        }
        throw new IllegalStateException("No " + count + " connected locations found for " + graph.profile().profileName());
    }

    private static Location randomRoadLocation(RoadGraph graph, Random random, int index) {
        NodeAccess nodes = graph.base().getNodeAccess();
        while (true) {
            int node = random.nextInt(graph.base().getNodes());
            Snap snap = graph.locationIndex().findClosest(nodes.getLat(node), nodes.getLon(node), graph.snapFilter());
            if (snap.isValid() && snap.getQueryDistance() < 1) {
                return new Location("sample-" + index, nodes.getLat(node), nodes.getLon(node));
            }
        }
    }
}
