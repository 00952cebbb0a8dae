package org.gongpei.service.roads;

/** A county has no road network: none uploaded and none configured. */
public class NoRoadNetworkException extends RuntimeException {

    public NoRoadNetworkException(String countyCode) {
        super("County " + countyCode + " has no road network; upload an OpenStreetMap extract (.osm.pbf, .osm or "
                + ".osm.gz) to POST /api/v1/counties/" + countyCode + "/road-networks, or set gongpei.roads.file.\""
                + countyCode + "\" to one");
    }
}
