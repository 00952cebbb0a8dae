package org.gongpei.datasets.daming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gongpei.planning.geo.Gcj02;
import org.gongpei.planning.geo.LatLon;

/**
 * The real inputs of the Daming dataset, read from the copied source files (see
 * {@code daming/source/NOTICE.txt}).
 */
final class DamingSource {

    static final String RESOURCE_DIR = "/org/gongpei/datasets/daming/source/";

    private DamingSource() {
    }

    static List<SourceTownship> townships() {
        List<SourceTownship> result = new ArrayList<>();
        for (String[] row : csvRows("townships.csv")) {
            result.add(new SourceTownship(row[0], row[1]));
        }
        return List.copyOf(result);
    }

    static List<SourceVillage> villages() {
        List<SourceVillage> result = new ArrayList<>();
        for (String[] row : csvRows("villages.csv")) {
            result.add(new SourceVillage(row[0], row[1], row[2]));
        }
        return List.copyOf(result);
    }

    /** @return the outline's outer ring in WGS84, converted from GCJ-02 */
    static List<LatLon> outlineWgs84() {
        JsonNode ring = geometryFeature().path("geometry").path("coordinates").get(0);
        List<LatLon> result = new ArrayList<>();
        for (JsonNode pair : ring) {
            result.add(Gcj02.toWgs84(new LatLon(pair.get(1).asDouble(), pair.get(0).asDouble())));
        }
        return List.copyOf(result);
    }

    /** @return the county seat point ({@code cp}) in WGS84, converted from GCJ-02 */
    static LatLon seatWgs84() {
        JsonNode cp = geometryFeature().path("properties").path("cp");
        return Gcj02.toWgs84(new LatLon(cp.get(1).asDouble(), cp.get(0).asDouble()));
    }

    private static JsonNode geometryFeature() {
        try (InputStream in = open("boundary.geojson")) {
            return new ObjectMapper().readTree(in).path("features").get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> csvRows(String file) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].replace("\"", "").strip();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static InputStream open(String file) {
        InputStream in = DamingSource.class.getResourceAsStream(RESOURCE_DIR + file);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE_DIR + file);
        }
        return in;
    }
}
