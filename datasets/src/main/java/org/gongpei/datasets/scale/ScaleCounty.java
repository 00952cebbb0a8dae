package org.gongpei.datasets.scale;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A generated road network of a large county's size, for the scale benchmark only (synthetic, no real place): a
 * jittered grid of junctions {@code side × side} about {@value #SPACING_METRES} m apart around 36.3° N 115.1° E, with a
 * county road (secondary) every {@value #COUNTY_ROAD_EVERY}th line, a township road (tertiary) every
 * {@value #TOWNSHIP_ROAD_EVERY}th, village roads (unclassified) elsewhere, {@value #MISSING_SHARE_PERCENT} % of the
 * village road segments left out so that blocks differ, and villages tagged {@code place=village} on distinct
 * junctions of township or county roads (which are never cut, so every village is connected). Written as gzip-compressed OSM XML, streaming; the same seed gives the same file.
 */
public final class ScaleCounty {

    static final double SPACING_METRES = 250;
    static final int COUNTY_ROAD_EVERY = 20;
    static final int TOWNSHIP_ROAD_EVERY = 5;
    static final int MISSING_SHARE_PERCENT = 12;
    private static final double LAT0 = 36.3;
    private static final double LON0 = 115.1;
    private static final double METRES_PER_DEGREE = 111_320;

    /** A village of the generated county: its junction's position. */
    public record Village(String code, double lat, double lon) {
    }

    /**
     * The generated county: its junctions and villages.
     *
     * @param junctions grid junctions written as nodes
     * @param villages villages, each on a distinct junction
     */
    public record Generated(int junctions, List<Village> villages) {
    }

    private ScaleCounty() {
    }

    /**
     * Writes the network to {@code target}.
     *
     * @param side junctions per grid side (≥ 2); {@code side²} junctions
     * @param villageCount villages (≤ junctions)
     * @param seed the random seed
     */
    public static Generated write(Path target, int side, int villageCount, long seed) throws IOException {
        if (side < 2 || villageCount < 0 || villageCount > side * side) {
            throw new IllegalArgumentException("Need side ≥ 2 and 0 ≤ villages ≤ side², were " + side + ", " + villageCount);
        }
        Random random = new Random(seed);
        double[] lat = new double[side * side];
        double[] lon = new double[side * side];
        double lonMetres = METRES_PER_DEGREE * Math.cos(Math.toRadians(LAT0));
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                int id = row * side + col;
                lat[id] = LAT0 + (row * SPACING_METRES + (random.nextDouble() - 0.5) * SPACING_METRES * 0.4)
                        / METRES_PER_DEGREE;
                lon[id] = LON0 + (col * SPACING_METRES + (random.nextDouble() - 0.5) * SPACING_METRES * 0.4) / lonMetres;
            }
        }
        List<Integer> shuffled = new ArrayList<>();
        for (int i = 0; i < side * side; i++) {
            if ((i / side) % TOWNSHIP_ROAD_EVERY == 0 || (i % side) % TOWNSHIP_ROAD_EVERY == 0) {
                shuffled.add(i);
            }
        }
        if (villageCount > shuffled.size()) {
            throw new IllegalArgumentException("At most " + shuffled.size() + " villages fit on the township roads");
        }
        Collections.shuffle(shuffled, random);
        boolean[] village = new boolean[side * side];
        List<Village> villages = new ArrayList<>();
        for (int i = 0; i < villageCount; i++) {
            int id = shuffled.get(i);
            village[id] = true;
            villages.add(new Village(String.format(Locale.ROOT, "S%05d", i + 1), lat[id], lon[id]));
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target));
                Writer xml = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            xml.write("<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\" generator=\"gongpei-datasets scale\">\n");
            for (int id = 0; id < side * side; id++) {
                xml.write(String.format(Locale.ROOT, "<node id=\"%d\" lat=\"%.7f\" lon=\"%.7f\"", id + 1, lat[id], lon[id]));
                xml.write(village[id] ? "><tag k=\"place\" v=\"village\"/></node>\n" : "/>\n");
            }
            long way = 1;
            for (int line = 0; line < side; line++) {
                way = writeLine(xml, way, side, line, true, random);
                way = writeLine(xml, way, side, line, false, random);
            }
            xml.write("</osm>\n");
        }
        return new Generated(side * side, villages);
    }

    /** One grid line as ways: whole for county and township roads, village roads as runs with segments left out. */
    private static long writeLine(Writer xml, long way, int side, int line, boolean row, Random random)
            throws IOException {
        String highway = line % COUNTY_ROAD_EVERY == 0 ? "secondary"
                : line % TOWNSHIP_ROAD_EVERY == 0 ? "tertiary" : "unclassified";
        boolean gaps = highway.equals("unclassified");
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i < side; i++) {
            int node = row ? line * side + i : i * side + line;
            run.add(node + 1);
            boolean cut = gaps && i < side - 1 && random.nextInt(100) < MISSING_SHARE_PERCENT;
            if (cut || i == side - 1) {
                if (run.size() >= 2) {
                    xml.write("<way id=\"" + way++ + "\">");
                    for (int ref : run) {
                        xml.write("<nd ref=\"" + ref + "\"/>");
                    }
                    xml.write("<tag k=\"highway\" v=\"" + highway + "\"/></way>\n");
                }
                run = new ArrayList<>();
                if (!cut) {
                    break;
                }
            }
        }
        return way;
    }
}
