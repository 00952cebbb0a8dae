package org.gongpei.maps;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Cuts one area out of a large OpenStreetMap extract (a province, a country) with osmium-tool's
 * {@code osmium extract --polygon … --strategy complete_ways}: it streams the file with bounded memory and keeps every
 * way that enters the area whole, so roads leaving and re-entering it stay connected. The area is a county's outline
 * widened by a buffer in metres (JTS, on a local equirectangular projection around the outline).
 */
public final class ExtractCutter {

    /** The command run; {@code osmium} on the path (Debian's {@code osmium-tool}). */
    public static final String OSMIUM = "osmium";
    private static final double METRES_PER_DEGREE = 111_320;
    private static final long TIMEOUT_HOURS = 2;

    private ExtractCutter() {
    }

    /** @return whether osmium-tool can be run here */
    public static boolean available() {
        try {
            Process process = new ProcessBuilder(OSMIUM, "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Writes the part of {@code source} inside the outline widened by {@code bufferMetres} to {@code target}.
     *
     * @param source       an {@code .osm.pbf}, {@code .osm} or {@code .osm.gz} file
     * @param outline      the outer ring of the area as {@code [longitude, latitude]} points
     * @param bufferMetres how far beyond the outline roads are kept, metres, 0 or more
     * @param target       the cut, an {@code .osm.pbf} file (replaced)
     * @throws IllegalArgumentException for an outline of fewer than 3 points or a negative buffer
     * @throws IllegalStateException when osmium is missing or fails, with its message
     */
    public static void cut(Path source, List<double[]> outline, double bufferMetres, Path target) {
        Path polygon = null;
        try {
            polygon = Files.createTempFile(target.toAbsolutePath().getParent(), "area-", ".geojson");
            Files.writeString(polygon, geoJson(buffered(outline, bufferMetres)), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(OSMIUM, "extract", "--polygon", polygon.toString(),
                    "--strategy", "complete_ways", "--overwrite", "--no-progress", "--output", target.toString(),
                    source.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(TIMEOUT_HOURS, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IllegalStateException("osmium extract did not end within " + TIMEOUT_HOURS + " h");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("osmium extract failed (" + process.exitValue() + "): " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("osmium extract cannot be run (is osmium-tool installed?): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while cutting " + source, e);
        } finally {
            if (polygon != null) {
                try {
                    Files.deleteIfExists(polygon);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** @return the outline widened by the buffer, as its outer ring of {@code [longitude, latitude]} points */
    static List<double[]> buffered(List<double[]> outline, double bufferMetres) {
        if (outline == null || outline.size() < 3) {
            throw new IllegalArgumentException("An outline needs at least 3 points, has "
                    + (outline == null ? 0 : outline.size()));
        }
        if (!(bufferMetres >= 0 && bufferMetres < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("The buffer must be 0 or more metres, was " + bufferMetres);
        }
        double lat0 = outline.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double lonScale = METRES_PER_DEGREE * Math.cos(Math.toRadians(lat0));
        List<Coordinate> ring = new ArrayList<>();
        for (double[] p : outline) {
            ring.add(new Coordinate(p[0] * lonScale, p[1] * METRES_PER_DEGREE));
        }
        if (!ring.get(0).equals2D(ring.get(ring.size() - 1))) {
            ring.add(ring.get(0));
        }
        GeometryFactory factory = new GeometryFactory();
        LinearRing shell = factory.createLinearRing(ring.toArray(Coordinate[]::new));
        Geometry area = factory.createPolygon(shell).buffer(bufferMetres);
        Polygon polygon = (Polygon) (area instanceof Polygon ? area : area.convexHull());
        List<double[]> result = new ArrayList<>();
        for (Coordinate c : polygon.getExteriorRing().getCoordinates()) {
            result.add(new double[] {c.x / lonScale, c.y / METRES_PER_DEGREE});
        }
        return result;
    }

    private static String geoJson(List<double[]> ring) {
        StringBuilder json = new StringBuilder("{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i < ring.size(); i++) {
            json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.7f,%.7f]", ring.get(i)[0],
                    ring.get(i)[1]));
        }
        return json.append("]]}}").toString();
    }
}
