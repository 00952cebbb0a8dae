package org.gongpei.datasets.daming;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.gongpei.planning.geo.LatLon;
import org.gongpei.planning.geo.LocalProjection;
import org.gongpei.planning.geo.XY;

/**
 * Renders road links as OSM XML (API 0.6 format, as GraphHopper imports it). Every place is a node
 * tagged with its name; each link becomes a way through intermediate nodes about
 * {@value #NODE_SPACING_METRES} m apart, bent sideways by a smooth random curve (three sine
 * harmonics whose amplitudes are Gaussian with standard deviation wiggle × length / harmonic) plus
 * up to ±{@value #NODE_JITTER_METRES} m of noise per node.
 */
final class OsmRoadWriter {

    static final double NODE_SPACING_METRES = 300;
    static final double NODE_JITTER_METRES = 15;
    private static final int HARMONICS = 3;

    private final LocalProjection projection;
    private final List<XY> places;
    private final List<String> placeTags;
    private final StringBuilder nodes = new StringBuilder();
    private final StringBuilder ways = new StringBuilder();
    private long nextNodeId;
    private long nextWayId = 1;

    /**
     * @param projection to turn positions back into WGS84
     * @param places place positions; place i becomes node i + 1
     * @param placeTags per place, the inner XML of its tags (may be empty)
     */
    OsmRoadWriter(LocalProjection projection, List<XY> places, List<String> placeTags) {
        this.projection = projection;
        this.places = places;
        this.placeTags = placeTags;
        this.nextNodeId = places.size() + 1L;
    }

    /** @return gzip-compressed OSM XML of all places and links */
    byte[] write(List<RoadLink> links, Random random) {
        for (int i = 0; i < places.size(); i++) {
            appendNode(i + 1L, places.get(i), placeTags.get(i));
        }
        for (RoadLink link : links) {
            appendWay(link, random);
        }
        String xml = "<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\" generator=\"gongpei-datasets\">\n"
                + nodes + ways + "</osm>\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(xml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void appendWay(RoadLink link, Random random) {
        XY a = places.get(link.from());
        XY b = places.get(link.to());
        double length = a.distanceMetres(b);
        int segments = (int) StrictMath.max(2, StrictMath.ceil(length / NODE_SPACING_METRES));
        double[] amplitude = new double[HARMONICS];
        for (int k = 0; k < HARMONICS; k++) {
            amplitude[k] = random.nextGaussian() * link.roadClass().wiggle() * length / (k + 1);
        }
        double ux = (b.xMetres() - a.xMetres()) / length;
        double uy = (b.yMetres() - a.yMetres()) / length;
        List<Long> refs = new ArrayList<>();
        refs.add(link.from() + 1L);
        for (int i = 1; i < segments; i++) {
            double t = (double) i / segments;
            double offset = (random.nextDouble() * 2 - 1) * NODE_JITTER_METRES;
            for (int k = 0; k < HARMONICS; k++) {
                offset += amplitude[k] * StrictMath.sin((k + 1) * StrictMath.PI * t);
            }
            XY p = new XY(a.xMetres() + ux * length * t - uy * offset, a.yMetres() + uy * length * t + ux * offset);
            long id = nextNodeId++;
            appendNode(id, p, "");
            refs.add(id);
        }
        refs.add(link.to() + 1L);
        ways.append(" <way id=\"").append(nextWayId++).append("\">\n");
        for (long ref : refs) {
            ways.append("  <nd ref=\"").append(ref).append("\"/>\n");
        }
        RoadClass roadClass = link.roadClass();
        appendTag(ways, "highway", roadClass.highway());
        if (roadClass.trackType() != null) {
            appendTag(ways, "tracktype", roadClass.trackType());
        }
        appendTag(ways, "maxspeed", Integer.toString(roadClass.maxSpeedKmPerHour()));
        if (link.oneway()) {
            appendTag(ways, "oneway", "yes");
        }
        appendTag(ways, "name", link.name());
        ways.append(" </way>\n");
    }

    private void appendNode(long id, XY position, String tags) {
        LatLon p = projection.toLatLon(position);
        nodes.append(String.format(Locale.ROOT, " <node id=\"%d\" lat=\"%.7f\" lon=\"%.7f\"", id, p.lat(), p.lon()));
        if (tags.isEmpty()) {
            nodes.append("/>\n");
        } else {
            nodes.append(">\n").append(tags).append(" </node>\n");
        }
    }

    static void appendTag(StringBuilder out, String key, String value) {
        out.append("  <tag k=\"").append(key).append("\" v=\"").append(escape(value)).append("\"/>\n");
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
