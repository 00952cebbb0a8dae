package org.gongpei.maps;

import com.graphhopper.storage.index.Snap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;

/**
 * Road matrices from the contraction hierarchy of one vehicle profile. Every location is snapped
 * to its road; every location must be reachable from, and must reach, the reference location.
 */
final class ChMatrixProvider implements MatrixProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ChMatrixProvider.class);

    private final RoadGraph graph;
    private final Supplier<ChMatrixEngine> engine;
    private final String graphHash;
    private final double maxSnapDistanceMetres;
    private final int referenceIndex;

    /**
     * @param engine the profile's matrix engine, asked for at the first matrix
     * @param graphHash the hash of the network, part of the cache key
     */
    ChMatrixProvider(RoadGraph graph, Supplier<ChMatrixEngine> engine, String graphHash, double maxSnapDistanceMetres,
            int referenceIndex) {
        if (!(maxSnapDistanceMetres > 0)) {
            throw new IllegalArgumentException("Maximum snap distance must be positive metres, was " + maxSnapDistanceMetres);
        }
        if (referenceIndex < 0) {
            throw new IllegalArgumentException("Reference location index cannot be negative, was " + referenceIndex);
        }
        this.graph = graph;
        this.engine = engine;
        this.graphHash = graphHash;
        this.maxSnapDistanceMetres = maxSnapDistanceMetres;
        this.referenceIndex = referenceIndex;
    }

    @Override
    public TravelMatrix matrix(List<Location> locations) {
        if (locations != null && referenceIndex >= locations.size()) {
            throw new IllegalArgumentException("Reference location index " + referenceIndex + " is outside the "
                    + locations.size() + " locations");
        }
        long start = System.nanoTime();
        List<Snap> snaps = RoadSnapper.snaps(graph, locations, maxSnapDistanceMetres);
        ChMatrixEngine.Result result = engine.get().compute(snaps);
        int n = result.size();
        LOG.info("{}x{} {} matrix in {} ms", n, n, graph.profile().profileName(), (System.nanoTime() - start) / 1_000_000);
        Location reference = locations.get(referenceIndex);
        for (int i = 0; i < n; i++) {
            boolean out = result.weights()[referenceIndex * n + i] < Double.POSITIVE_INFINITY;
            boolean back = result.weights()[i * n + referenceIndex] < Double.POSITIVE_INFINITY;
            if (!out || !back) {
                Location location = locations.get(i);
                throw new PointNotRoutableException(i, location.label(), PointNotRoutableException.Reason.NOT_CONNECTED,
                        "Location " + i + " '" + location.label() + "' cannot be reached " + (out ? "back " : "")
                                + (out ? "to" : "from") + " '" + reference.label() + "' by " + graph.profile().profileName()
                                + ": its nearest road is not connected to the network");
            }
        }
        return new TravelMatrix(n, result.metres(), result.seconds(), false);
    }

    @Override
    public String cacheKey() {
        return "ch|" + graphHash + "|" + graph.profile().profileName() + "|snap=" + maxSnapDistanceMetres
                + "|ref=" + referenceIndex;
    }
}
