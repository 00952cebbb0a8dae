package org.gongpei.maps;

import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;

import java.util.ArrayList;
import java.util.List;

import static com.graphhopper.json.Statement.Else;
import static com.graphhopper.json.Statement.ElseIf;
import static com.graphhopper.json.Statement.If;
import static com.graphhopper.json.Statement.Op.LIMIT;
import static com.graphhopper.json.Statement.Op.MULTIPLY;

/**
 * Vehicles of a county joint-distribution network, as GraphHopper custom models.
 * <p>
 * Speeds are caps in km/h per OSM road class; the speed used is the lower of the cap and
 * GraphHopper's estimate from the OSM tags ({@code car_average_speed}, which honours signed limits).
 * In Chinese OSM data county roads (县道) are mostly {@code secondary}, township roads (乡道)
 * {@code tertiary} and village roads (村道) {@code unclassified}/{@code residential}/{@code track};
 * the caps follow the ranges in DOMAIN.md: county 30–60, township 20–40, village ~20 km/h.
 * A cap of 0 means the road class is forbidden. One-way streets are honoured for every vehicle.
 */
public enum VehicleProfile {

    /** Small van (面包车), up to 1.5 t payload; the default last-mile vehicle. */
    VAN("van", new int[]{90, 70, 60, 50, 35, 20, 15}, 0, 0, 0),
    /** 4.2 m box truck (4米2厢式货车), blue plate, 4.5 t gross, about 3.3 m high: county-to-township trunk. */
    BOX_TRUCK("box_truck_4_2m", new int[]{80, 65, 55, 45, 30, 20, 10}, 4.5, 3.4, 2.3),
    /** 4.2 m refrigerated truck (冷藏车), taller with its cooling unit, driven gently for chilled goods. */
    REFRIGERATED_TRUCK("refrigerated_truck_4_2m", new int[]{80, 65, 50, 45, 30, 20, 10}, 4.5, 3.6, 2.3),
    /** Electric cargo tricycle (电动三轮车): last kilometres on township and village roads only. */
    ELECTRIC_TRICYCLE("electric_tricycle", new int[]{0, 0, 0, 0, 25, 20, 12}, 0, 0, 0);

    /** Road classes in the order of the speed caps. */
    static final List<String> ROAD_CLASSES = List.of(
            "motorway", "trunk", "primary", "secondary", "tertiary", "unclassified/residential", "service/track");

    private final String profileName;
    private final int[] speedCapsKmh;
    private final double minWeightLimitTonnes;
    private final double minHeightLimitMetres;
    private final double minWidthLimitMetres;

    VehicleProfile(String profileName, int[] speedCapsKmh, double minWeightLimitTonnes,
                   double minHeightLimitMetres, double minWidthLimitMetres) {
        this.profileName = profileName;
        this.speedCapsKmh = speedCapsKmh;
        this.minWeightLimitTonnes = minWeightLimitTonnes;
        this.minHeightLimitMetres = minHeightLimitMetres;
        this.minWidthLimitMetres = minWidthLimitMetres;
    }

    /** @return the GraphHopper profile name, also used in cache keys */
    public String profileName() {
        return profileName;
    }

    /**
     * @param roadClassIndex index into {@link #roadClasses()}
     * @return the speed cap in km/h, 0 when the vehicle may not use that road class
     */
    public int speedCapKmh(int roadClassIndex) {
        return speedCapsKmh[roadClassIndex];
    }

    /** @return the road class groups in the order of {@link #speedCapKmh(int)} */
    public static List<String> roadClasses() {
        return ROAD_CLASSES;
    }

    /** @return the custom model: access, size restrictions and speed caps of this vehicle */
    public CustomModel customModel() {
        CustomModel model = new CustomModel();
        model.setDistanceInfluence(0d);
        model.addToPriority(If("!car_access", MULTIPLY, "0"));
        if (minWeightLimitTonnes > 0) {
            model.addToPriority(If("hgv == NO", MULTIPLY, "0"));
            model.addToPriority(If("max_weight < " + minWeightLimitTonnes + " || max_height < " + minHeightLimitMetres
                    + " || max_width < " + minWidthLimitMetres, MULTIPLY, "0"));
        }
        List<String> forbidden = new ArrayList<>();
        String[][] classes = groups();
        for (int i = 0; i < classes.length; i++) {
            if (speedCapsKmh[i] == 0) {
                for (String roadClass : classes[i]) {
                    forbidden.add("road_class == " + roadClass);
                }
            }
        }
        if (!forbidden.isEmpty()) {
            model.addToPriority(If(String.join(" || ", forbidden), MULTIPLY, "0"));
        }
        model.addToSpeed(If("true", LIMIT, "car_average_speed"));
        boolean first = true;
        for (int i = 0; i < classes.length - 1; i++) {
            if (speedCapsKmh[i] == 0) {
                continue;
            }
            List<String> conditions = new ArrayList<>();
            for (String roadClass : classes[i]) {
                conditions.add("road_class == " + roadClass);
            }
            String condition = String.join(" || ", conditions);
            Statement statement = first ? If(condition, LIMIT, Integer.toString(speedCapsKmh[i]))
                    : ElseIf(condition, LIMIT, Integer.toString(speedCapsKmh[i]));
            model.addToSpeed(statement);
            first = false;
        }
        model.addToSpeed(Else(LIMIT, Integer.toString(speedCapsKmh[classes.length - 1])));
        return model;
    }

    private static String[][] groups() {
        return new String[][]{
                {"MOTORWAY"}, {"TRUNK"}, {"PRIMARY"}, {"SECONDARY"}, {"TERTIARY"},
                {"UNCLASSIFIED", "RESIDENTIAL", "LIVING_STREET", "ROAD"},
                {"SERVICE", "TRACK", "OTHER"}};
    }
}
