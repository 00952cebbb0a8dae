package org.gongpei.datasets.bayreuth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the named town, village and hamlet nodes and the extent of a gzip-compressed OSM XML file. */
final class OsmPlaceReader {

    static final Set<String> PLACES = Set.of("town", "village", "hamlet");

    private final List<OsmPlace> places = new ArrayList<>();
    private double minLat = Double.MAX_VALUE;
    private double maxLat = -Double.MAX_VALUE;
    private double minLon = Double.MAX_VALUE;
    private double maxLon = -Double.MAX_VALUE;

    /** @param gzippedOsm the file's content; closed here */
    OsmPlaceReader(InputStream gzippedOsm) {
        try (InputStream in = new GZIPInputStream(gzippedOsm)) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            read(xml);
            xml.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Not a readable OSM XML file", e);
        }
    }

    List<OsmPlace> places() {
        return List.copyOf(places);
    }

    /** @return the extent of all nodes as a closed GeoJSON ring of [lon, lat] */
    List<List<Double>> extentRing() {
        return List.of(List.of(minLon, minLat), List.of(maxLon, minLat), List.of(maxLon, maxLat), List.of(minLon, maxLat),
                List.of(minLon, minLat));
    }

    private void read(XMLStreamReader xml) throws XMLStreamException {
        long id = 0;
        double lat = 0;
        double lon = 0;
        Map<String, String> tags = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("node")) {
                id = Long.parseLong(xml.getAttributeValue(null, "id"));
                lat = Double.parseDouble(xml.getAttributeValue(null, "lat"));
                lon = Double.parseDouble(xml.getAttributeValue(null, "lon"));
                extend(lat, lon);
                tags = new HashMap<>();
            } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("tag") && tags != null) {
                tags.put(xml.getAttributeValue(null, "k"), xml.getAttributeValue(null, "v"));
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("node")) {
                addIfPlace(id, lat, lon, tags);
                tags = null;
            }
        }
    }

    private void addIfPlace(long id, double lat, double lon, Map<String, String> tags) {
        String place = tags.get("place");
        String name = tags.get("name");
        if (place != null && PLACES.contains(place) && name != null) {
            places.add(new OsmPlace(id, name, place, lat, lon, parsePopulation(tags.get("population"))));
        }
    }

    private static Integer parsePopulation(String value) {
        if (value == null || !value.matches("\\d+")) {
            return null;
        }
        return Integer.valueOf(value);
    }

    private void extend(double lat, double lon) {
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
    }
}
