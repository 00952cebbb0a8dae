package org.gongpei.maps;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ch.PrepareContractionHierarchies;
import com.graphhopper.storage.CHConfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GraphHopper importer that reports its steps: it hooks GraphHopper's own import stages and prepares the
 * contraction hierarchies one profile after the other, so that each profile's preparation is a step.
 */
final class ReportingHopper extends GraphHopper {

    private static final double READ_SHARE = 0.3;
    private static final double SUBNETWORK_SHARE = 0.1;

    private final ImportProgress progress;

    ReportingHopper(ImportProgress progress) {
        this.progress = progress;
    }

    @Override
    protected void importOSM() {
        progress.step("READING_OSM", 0);
        super.importOSM();
    }

    @Override
    protected void postImportOSM() {
        progress.step("SUBNETWORKS", READ_SHARE);
        super.postImportOSM();
    }

    @Override
    protected Map<String, PrepareContractionHierarchies.Result> prepareCH(boolean closeEarly,
            List<CHConfig> configsToPrepare) {
        Map<String, PrepareContractionHierarchies.Result> results = new LinkedHashMap<>();
        double start = READ_SHARE + SUBNETWORK_SHARE;
        for (int i = 0; i < configsToPrepare.size(); i++) {
            CHConfig config = configsToPrepare.get(i);
            progress.step("CH_" + vehicle(config.getName()),
                    start + (1 - start) * i / configsToPrepare.size());
            results.putAll(super.prepareCH(closeEarly, List.of(config)));
        }
        return results;
    }

    private static String vehicle(String profileName) {
        for (VehicleProfile vehicle : VehicleProfile.values()) {
            if (vehicle.profileName().equals(profileName)) {
                return vehicle.name();
            }
        }
        return profileName;
    }
}
