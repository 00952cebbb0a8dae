package org.gongpei.maps;

import com.graphhopper.routing.ch.ShortcutUnpacker;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.querygraph.QueryRoutingCHGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RoutingCHEdgeExplorer;
import com.graphhopper.storage.RoutingCHEdgeIterator;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeIterator;

import java.util.Arrays;
import java.util.List;

/**
 * Many-to-many shortest paths on a node-based contraction hierarchy with the bucket algorithm:
 * an upward backward search from every target leaves (target, weight, distance, time) entries in
 * buckets at the nodes it settles; an upward forward search from every source scans the buckets
 * of the nodes it settles. The best meeting node gives the shortest path by weight; its distance
 * and time are summed along the way. Distance and time of every shortcut are found by unpacking
 * it into road edges once and are memoised per direction. Locations are snapped onto virtual
 * nodes with GraphHopper's query graph, so partial edges count exactly as in point-to-point routing.
 */
final class ChMatrixEngine {

    private final BaseGraph baseGraph;
    private final RoutingCHGraph chGraph;
    private final double[] shortcutMetres;
    private final double[] shortcutMillis;

    /** @param graph the road graph and contraction hierarchy of one profile */
    ChMatrixEngine(RoadGraph graph) {
        this.baseGraph = graph.base();
        this.chGraph = graph.ch();
        if (chGraph == null) {
            throw new IllegalStateException("No contraction hierarchy for profile " + graph.profile().profileName());
        }
        this.shortcutMetres = new double[2 * chGraph.getEdges()];
        this.shortcutMillis = new double[2 * chGraph.getEdges()];
        Arrays.fill(shortcutMetres, Double.NaN);
    }

    /** Row-major weights, metres and seconds; unreachable cells hold infinity. */
    record Result(int size, double[] weights, double[] metres, double[] seconds) {
    }

    synchronized Result compute(List<Snap> snaps) {
        QueryGraph queryGraph = QueryGraph.create(baseGraph, snaps);
        QueryRoutingCHGraph graph = new QueryRoutingCHGraph(chGraph, queryGraph);
        Search search = new Search(graph);
        int n = snaps.size();
        Buckets buckets = new Buckets(graph.getNodes(), n * 64);
        RoutingCHEdgeExplorer in = graph.createInEdgeExplorer();
        RoutingCHEdgeExplorer out = graph.createOutEdgeExplorer();
        for (int t = 0; t < n; t++) {
            int target = t;
            search.run(snaps.get(t).getClosestNode(), in, true,
                    (node, weight, metres, millis) -> buckets.add(node, target, weight, metres, millis));
        }
        double[] weights = new double[n * n];
        double[] metres = new double[n * n];
        double[] millisSum = new double[n * n];
        Arrays.fill(weights, Double.POSITIVE_INFINITY);
        for (int s = 0; s < n; s++) {
            int row = s * n;
            search.run(snaps.get(s).getClosestNode(), out, false, (node, weight, m, millis) -> {
                for (int e = buckets.head[node]; e >= 0; e = buckets.next[e]) {
                    int cell = row + buckets.target[e];
                    double total = weight + buckets.weight[e];
                    if (total < weights[cell]) {
                        weights[cell] = total;
                        metres[cell] = m + buckets.metres[e];
                        millisSum[cell] = millis + buckets.millis[e];
                    }
                }
            });
        }
        double[] seconds = millisSum;
        for (int i = 0; i < seconds.length; i++) {
            if (weights[i] == Double.POSITIVE_INFINITY) {
                metres[i] = Double.POSITIVE_INFINITY;
                seconds[i] = Double.POSITIVE_INFINITY;
            } else {
                seconds[i] = millisSum[i] / 1000.0;
            }
        }
        return new Result(n, weights, metres, seconds);
    }

    private interface SettledNodeVisitor {
        void settled(int node, double weight, double metres, double millis);
    }

    /** Bucket entries as parallel arrays, linked per node. */
    private static final class Buckets {
        final int[] head;
        int[] next;
        int[] target;
        double[] weight;
        double[] metres;
        double[] millis;
        int size;

        Buckets(int nodes, int capacity) {
            head = new int[nodes];
            Arrays.fill(head, -1);
            next = new int[capacity];
            target = new int[capacity];
            weight = new double[capacity];
            metres = new double[capacity];
            millis = new double[capacity];
        }

        void add(int node, int t, double w, double m, double ms) {
            if (size == next.length) {
                int capacity = size * 2;
                next = Arrays.copyOf(next, capacity);
                target = Arrays.copyOf(target, capacity);
                weight = Arrays.copyOf(weight, capacity);
                metres = Arrays.copyOf(metres, capacity);
                millis = Arrays.copyOf(millis, capacity);
            }
            next[size] = head[node];
            target[size] = t;
            weight[size] = w;
            metres[size] = m;
            millis[size] = ms;
            head[node] = size++;
        }
    }

    /** One upward Dijkstra search at a time; arrays are reused and reset by a stamp. */
    private final class Search {
        private final RoutingCHGraph graph;
        private final int baseNodes;
        private final Weighting weighting;
        private final ShortcutUnpacker unpacker;
        private final double[] weight;
        private final double[] metres;
        private final double[] millis;
        private final int[] stamp;
        private final boolean[] settled;
        private int currentStamp;
        private final MinHeap heap = new MinHeap();
        private double unpackedMetres;
        private double unpackedMillis;

        Search(RoutingCHGraph graph) {
            this.graph = graph;
            this.baseNodes = chGraph.getNodes();
            this.weighting = graph.getWeighting();
            this.unpacker = new ShortcutUnpacker(graph, (edge, reverse, prev) -> {
                unpackedMetres += edge.getDistance();
                unpackedMillis += weighting.calcEdgeMillis(edge, reverse);
            }, false);
            int nodes = graph.getNodes();
            weight = new double[nodes];
            metres = new double[nodes];
            millis = new double[nodes];
            stamp = new int[nodes];
            settled = new boolean[nodes];
        }

        void run(int start, RoutingCHEdgeExplorer explorer, boolean backward, SettledNodeVisitor visitor) {
            currentStamp++;
            heap.clear();
            reach(start, 0, 0, 0);
            heap.push(0, start);
            while (!heap.isEmpty()) {
                int node = heap.popNode();
                if (settled[node]) {
                    continue;
                }
                settled[node] = true;
                double w = weight[node];
                visitor.settled(node, w, metres[node], millis[node]);
                RoutingCHEdgeIterator iter = explorer.setBaseNode(node);
                while (iter.next()) {
                    int adj = iter.getAdjNode();
                    if (!upward(iter, node, adj)) {
                        continue;
                    }
                    double edgeWeight = iter.getWeight(backward);
                    if (edgeWeight == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double newWeight = w + edgeWeight;
                    if (stamp[adj] == currentStamp && (settled[adj] || weight[adj] <= newWeight)) {
                        continue;
                    }
                    edgeCost(iter, node, adj, backward);
                    reach(adj, newWeight, metres[node] + unpackedMetres, millis[node] + unpackedMillis);
                    heap.push(newWeight, adj);
                }
            }
        }

        private void reach(int node, double w, double m, double ms) {
            if (stamp[node] != currentStamp) {
                stamp[node] = currentStamp;
                settled[node] = false;
            }
            weight[node] = w;
            metres[node] = m;
            millis[node] = ms;
        }

        private boolean upward(RoutingCHEdgeIterator iter, int base, int adj) {
            if (base >= baseNodes || adj >= baseNodes || iter.isShortcut()) {
                return true;
            }
            return graph.getLevel(base) <= graph.getLevel(adj);
        }

        /** Sets unpackedMetres and unpackedMillis to the cost of the edge in travel direction. */
        private void edgeCost(RoutingCHEdgeIterator iter, int base, int adj, boolean backward) {
            int edge = iter.getEdge();
            int travelEnd = backward ? base : adj;
            int travelStart = backward ? adj : base;
            int memo = iter.isShortcut() && edge < shortcutMetres.length / 2
                    ? 2 * edge + (travelEnd > travelStart ? 1 : 0) : -1;
            if (memo >= 0 && !Double.isNaN(shortcutMetres[memo])) {
                unpackedMetres = shortcutMetres[memo];
                unpackedMillis = shortcutMillis[memo];
                return;
            }
            unpackedMetres = 0;
            unpackedMillis = 0;
            if (backward) {
                unpacker.visitOriginalEdgesBwd(edge, adj, false, EdgeIterator.NO_EDGE);
            } else {
                unpacker.visitOriginalEdgesFwd(edge, adj, false, EdgeIterator.NO_EDGE);
            }
            if (memo >= 0) {
                shortcutMillis[memo] = unpackedMillis;
                shortcutMetres[memo] = unpackedMetres;
            }
        }
    }
}
