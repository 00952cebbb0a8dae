package org.gongpei.datasets;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/** Test helper: imports an OSM file with GraphHopper and a plain car custom model. */
public final class CarRouter implements AutoCloseable {

    /** Seconds of penalty per km: far above any travel time per km, so routes become shortest paths. */
    private static final double SHORTEST_DISTANCE_INFLUENCE = 10_000;

    private final GraphHopper hopper;

    /**
     * @param osm the OSM file's content (gzip-compressed XML); closed here
     * @param workDir a fresh directory under target/ (deleted first)
     * @throws IOException when the work directory cannot be prepared
     */
    public CarRouter(InputStream osm, Path workDir) throws IOException {
        deleteRecursively(workDir);
        Files.createDirectories(workDir);
        Path osmFile = workDir.resolve("roads.osm.gz");
        try (osm) {
            Files.copy(osm, osmFile, StandardCopyOption.REPLACE_EXISTING);
        }
        CustomModel car = new CustomModel()
                .addToPriority(Statement.If("!car_access", Statement.Op.MULTIPLY, "0"))
                .addToSpeed(Statement.If("true", Statement.Op.LIMIT, "car_average_speed"));
        hopper = new GraphHopper();
        hopper.setOSMFile(osmFile.toString());
        hopper.setGraphHopperLocation(workDir.resolve("graph").toString());
        hopper.setEncodedValuesString("car_access, car_average_speed");
        CustomModel shortest = new CustomModel(car).setDistanceInfluence(SHORTEST_DISTANCE_INFLUENCE);
        hopper.setProfiles(new Profile("car").setCustomModel(car), new Profile("car_shortest").setCustomModel(shortest));
        hopper.importOrLoad();
    }

    /**
     * @return the fastest car route's distance in metres, or empty when there is no route
     */
    public OptionalDouble distanceMetres(double fromLat, double fromLon, double toLat, double toLon) {
        return route("car", fromLat, fromLon, toLat, toLon);
    }

    /**
     * @return the shortest car route's distance in metres, or empty when there is no route
     */
    public OptionalDouble shortestDistanceMetres(double fromLat, double fromLon, double toLat, double toLon) {
        return route("car_shortest", fromLat, fromLon, toLat, toLon);
    }

    private OptionalDouble route(String profile, double fromLat, double fromLon, double toLat, double toLon) {
        GHResponse response = hopper.route(new GHRequest(fromLat, fromLon, toLat, toLon).setProfile(profile));
        if (response.hasErrors()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(response.getBest().getDistance());
    }

    @Override
    public void close() {
        hopper.close();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
