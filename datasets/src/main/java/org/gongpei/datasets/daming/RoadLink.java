package org.gongpei.datasets.daming;

/**
 * A road between two places of the synthetic network.
 *
 * @param from index of the start place
 * @param to index of the end place
 * @param roadClass its class
 * @param oneway true when it may only be driven from {@code from} to {@code to}
 * @param name the road's name
 */
record RoadLink(int from, int to, RoadClass roadClass, boolean oneway, String name) {
}
