package org.gongpei.service.roads;

/** No road network is configured for a county. */
public class NoRoadNetworkException extends RuntimeException {

    public NoRoadNetworkException(String countyCode) {
        super("No road network is configured for county " + countyCode + "; set gongpei.roads.file.\"" + countyCode
                + "\" to an OpenStreetMap file (.osm.pbf, .osm or .osm.gz)");
    }
}
