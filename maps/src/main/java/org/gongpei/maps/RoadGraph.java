package org.gongpei.maps;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.util.PMap;

/**
 * The graphs that snapping and matrices need for one vehicle profile: the road graph, its spatial index, the
 * profile's contraction hierarchy and the filter of the roads a location may snap to (usable by the vehicle
 * and in the main connected part of the network).
 *
 * @param ch the contraction hierarchy, null when the graph has none for the profile
 */
record RoadGraph(VehicleProfile profile, BaseGraph base, LocationIndex locationIndex, RoutingCHGraph ch,
        EdgeFilter snapFilter) {

    /** @return the graphs of a profile of a loaded GraphHopper */
    static RoadGraph of(GraphHopper hopper, VehicleProfile profile) {
        Weighting weighting = hopper.createWeighting(hopper.getProfile(profile.profileName()), new PMap());
        EdgeFilter snapFilter = new DefaultSnapFilter(weighting,
                hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(profile.profileName())));
        return new RoadGraph(profile, hopper.getBaseGraph(), hopper.getLocationIndex(),
                hopper.getCHGraphs().get(profile.profileName()), snapFilter);
    }
}
