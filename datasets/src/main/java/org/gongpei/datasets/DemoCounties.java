package org.gongpei.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.CountyNetworkJson;

/**
 * The committed demo counties, loadable without the service. See datasets/README.md for what in
 * them is real and what is synthetic.
 */
public final class DemoCounties {

    /** Classpath resource of the Daming County network (大名县, 130425). */
    public static final String DAMING_COUNTY = "/org/gongpei/datasets/daming/county.json";
    /** Classpath resource of Daming's synthetic road network, gzip-compressed OSM XML. */
    public static final String DAMING_ROADS = "/org/gongpei/datasets/daming/roads.osm.gz";
    /** Classpath resource of the real-roads test county north of Bayreuth. */
    public static final String BAYREUTH_COUNTY = "/org/gongpei/datasets/bayreuth/county.json";
    /** Classpath resource of the real OSM extract north of Bayreuth (© OpenStreetMap contributors, ODbL 1.0). */
    public static final String BAYREUTH_ROADS = "/org/gongpei/datasets/bayreuth/north-bayreuth.osm.gz";

    private DemoCounties() {
    }

    /** @return the Daming County demo network */
    public static CountyNetworkData daming() {
        return read(DAMING_COUNTY);
    }

    /** @return the real-roads test county north of Bayreuth */
    public static CountyNetworkData bayreuth() {
        return read(BAYREUTH_COUNTY);
    }

    /** @return a new stream of Daming's road network (gzip-compressed OSM XML); the caller closes it */
    public static InputStream damingRoads() {
        return open(DAMING_ROADS);
    }

    /** @return a new stream of the Bayreuth OSM extract (gzip-compressed OSM XML); the caller closes it */
    public static InputStream bayreuthRoads() {
        return open(BAYREUTH_ROADS);
    }

    /**
     * @param resource an absolute classpath resource name
     * @return a new stream of it; the caller closes it
     * @throws IllegalStateException when the resource is missing
     */
    public static InputStream open(String resource) {
        InputStream in = DemoCounties.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + resource);
        }
        return in;
    }

    private static CountyNetworkData read(String resource) {
        try (InputStream in = open(resource)) {
            return CountyNetworkJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
