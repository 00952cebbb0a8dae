package org.gongpei.service.county;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a county outline from GeoJSON: a FeatureCollection (its first feature), a Feature, a Polygon
 * or a MultiPolygon (its largest polygon), as polygon rings of {@code [lon, lat]}.
 */
public final class GeoJsonOutline {

    private GeoJsonOutline() {
    }

    /** @throws IllegalArgumentException naming what is missing */
    public static List<List<List<Double>>> read(JsonNode node) {
        String type = node.path("type").asText("");
        return switch (type) {
            case "FeatureCollection" -> {
                JsonNode features = node.path("features");
                if (!features.isArray() || features.isEmpty()) {
                    throw new IllegalArgumentException("the FeatureCollection has no features");
                }
                yield read(features.get(0));
            }
            case "Feature" -> read(node.path("geometry"));
            case "Polygon" -> rings(node.path("coordinates"));
            case "MultiPolygon" -> {
                List<List<List<Double>>> largest = null;
                for (JsonNode polygon : node.path("coordinates")) {
                    List<List<List<Double>>> rings = rings(polygon);
                    if (largest == null || rings.get(0).size() > largest.get(0).size()) {
                        largest = rings;
                    }
                }
                if (largest == null) {
                    throw new IllegalArgumentException("the MultiPolygon has no polygons");
                }
                yield largest;
            }
            default -> throw new IllegalArgumentException("expected GeoJSON of type FeatureCollection, Feature, "
                    + "Polygon or MultiPolygon, found '" + type + "'");
        };
    }

    private static List<List<List<Double>>> rings(JsonNode coordinates) {
        List<List<List<Double>>> rings = new ArrayList<>();
        for (JsonNode ringNode : coordinates) {
            List<List<Double>> ring = new ArrayList<>();
            for (JsonNode point : ringNode) {
                if (!point.isArray() || point.size() < 2 || !point.get(0).isNumber() || !point.get(1).isNumber()) {
                    throw new IllegalArgumentException("a polygon point is not a [lon, lat] pair: " + point);
                }
                ring.add(List.of(point.get(0).asDouble(), point.get(1).asDouble()));
            }
            if (ring.size() < 4) {
                throw new IllegalArgumentException("a polygon ring needs at least 4 points, found " + ring.size());
            }
            rings.add(ring);
        }
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("the polygon has no coordinates");
        }
        return rings;
    }
}
