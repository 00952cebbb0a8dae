package org.gongpei.service.county;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongpei.planning.geo.LatLon;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;

/**
 * Checks a county network before anything is stored, collecting every error rather than stopping at
 * the first, so that one round trip tells the user all that is wrong.
 *
 * <p>Points must lie in the county's area: inside the bounding box of its outline widened by
 * {@value #BOX_MARGIN_DEGREES}° (about 5 km), or, without an outline, within
 * {@value #MAX_DISTANCE_FROM_CENTRE_KM} km of the county centre.
 */
public final class CountyNetworkValidator {

    static final double BOX_MARGIN_DEGREES = 0.05;
    static final double MAX_DISTANCE_FROM_CENTRE_KM = 150.0;
    static final int MAX_VILLAGES = 20_000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    /** Names a record's position: {@code villages[12]} for JSON, {@code villages.csv row 14} for CSV. */
    public interface Locator {
        String locate(String collection, int index);

        Locator JSON = (collection, index) -> collection + "[" + index + "]";
        Locator CSV = (collection, index) -> collection + ".csv row " + (index + 2);
    }

    private final Locator locator;
    private final List<InputError> errors = new ArrayList<>();
    private Area area;

    private CountyNetworkValidator(Locator locator) {
        this.locator = locator;
    }

    /** Returns every problem found in {@code data}; an empty list means it can be stored. */
    public static List<InputError> validate(CountyNetworkData data, Locator locator) {
        CountyNetworkValidator validator = new CountyNetworkValidator(locator);
        validator.check(data);
        return List.copyOf(validator.errors);
    }

    private void check(CountyNetworkData data) {
        requireCode("county", "code", data.code());
        requireText("county", "name", data.name());
        requireText("county", "province", data.province());
        requireText("county", "provincialCapital", data.provincialCapital());
        if (data.centre() == null) {
            error("county", "centre", "required", "the county centre is missing");
        } else {
            requireText("centre", "name", data.centre().name());
            checkCoordinates("centre", data.centre().lat(), data.centre().lon());
        }
        area = Area.of(data);
        if (area != null && data.centre() != null) {
            checkInArea("centre", data.centre().lat(), data.centre().lon());
        }
        Set<String> townshipCodes = checkTownships(data.townships());
        checkHubs(data.hubs(), townshipCodes);
        checkVillages(data.villages(), townshipCodes);
    }

    private Set<String> checkTownships(List<TownshipData> townships) {
        Set<String> codes = new HashSet<>();
        if (townships == null || townships.isEmpty()) {
            error("townships", null, "required", "a county needs at least one township");
            return codes;
        }
        for (int i = 0; i < townships.size(); i++) {
            TownshipData township = townships.get(i);
            String where = locator.locate("townships", i);
            if (township == null) {
                error(where, null, "required", "empty township record");
                continue;
            }
            if (requireCode(where, "code", township.code()) && !codes.add(township.code())) {
                error(where, "code", "duplicate", "duplicate township code " + township.code());
            }
            requireText(where, "name", township.name());
            if ((township.lat() == null) != (township.lon() == null)) {
                error(where, township.lat() == null ? "lat" : "lon", "required",
                        "township " + township.code() + " has only one of lat and lon");
            } else if (township.lat() != null) {
                checkPoint(where, township.lat(), township.lon());
            }
        }
        return codes;
    }

    private void checkHubs(List<HubData> hubs, Set<String> townshipCodes) {
        if (hubs == null) {
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < hubs.size(); i++) {
            HubData hub = hubs.get(i);
            String where = locator.locate("hubs", i);
            if (hub == null) {
                error(where, null, "required", "empty hub record");
                continue;
            }
            if (requireCode(where, "code", hub.code()) && !codes.add(hub.code())) {
                error(where, "code", "duplicate", "duplicate hub code " + hub.code());
            }
            requireText(where, "name", hub.name());
            checkTownshipReference(where, hub.townshipCode(), townshipCodes);
            checkPoint(where, hub.lat(), hub.lon());
            if (hub.capacityParcelsPerDay() != null && hub.capacityParcelsPerDay() < 0) {
                error(where, "capacityParcelsPerDay", "negative", "hub " + hub.code() + " has a negative capacity "
                        + hub.capacityParcelsPerDay());
            }
        }
    }

    private void checkVillages(List<VillageData> villages, Set<String> townshipCodes) {
        if (villages == null || villages.isEmpty()) {
            error("villages", null, "required", "a county needs at least one village");
            return;
        }
        if (villages.size() > MAX_VILLAGES) {
            error("villages", null, "tooMany", villages.size() + " villages; at most " + MAX_VILLAGES + " are accepted");
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < villages.size(); i++) {
            VillageData village = villages.get(i);
            String where = locator.locate("villages", i);
            if (village == null) {
                error(where, null, "required", "empty village record");
                continue;
            }
            if (requireCode(where, "code", village.code()) && !codes.add(village.code())) {
                error(where, "code", "duplicate", "duplicate village code " + village.code());
            }
            requireText(where, "name", village.name());
            checkTownshipReference(where, village.townshipCode(), townshipCodes);
            checkPoint(where, village.lat(), village.lon());
            if (village.population() < 0) {
                error(where, "population", "negative", "village " + village.code() + " has a negative population "
                        + village.population());
            }
        }
    }

    private void checkTownshipReference(String where, String code, Set<String> townshipCodes) {
        if (code == null || code.isBlank()) {
            error(where, "townshipCode", "required", "the township code is missing");
        } else if (!townshipCodes.contains(code)) {
            error(where, "townshipCode", "unknownTownship", "unknown township code " + code);
        }
    }

    private void checkPoint(String where, double lat, double lon) {
        if (checkCoordinates(where, lat, lon) && area != null) {
            checkInArea(where, lat, lon);
        }
    }

    private boolean checkCoordinates(String where, double lat, double lon) {
        boolean ok = true;
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            error(where, "lat", "latitudeRange", "latitude " + lat + " is not between -90 and 90");
            ok = false;
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            error(where, "lon", "longitudeRange", "longitude " + lon + " is not between -180 and 180");
            ok = false;
        }
        if (ok && lat == 0 && lon == 0) {
            error(where, "lat", "required", "coordinates are missing (0, 0)");
            ok = false;
        }
        return ok;
    }

    private void checkInArea(String where, double lat, double lon) {
        String outside = area.outside(lat, lon);
        if (outside != null) {
            error(where, "lat", "outsideCounty", "point (" + lat + ", " + lon + ") is outside the county: " + outside);
        }
    }

    private boolean requireCode(String where, String field, String code) {
        if (code == null || code.isBlank()) {
            error(where, field, "required", "the code is missing");
            return false;
        }
        if (!CODE.matcher(code).matches()) {
            error(where, field, "badCode", "code '" + code + "' must be 1–32 letters, digits, '-' or '_'");
            return false;
        }
        return true;
    }

    private void requireText(String where, String field, String text) {
        if (text == null || text.isBlank()) {
            error(where, field, "required", field + " is missing");
        } else if (text.length() > 200) {
            error(where, field, "tooLong", field + " is longer than 200 characters");
        } else if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            error(where, field, "controlCharacter", field + " contains a control character (such as a NUL byte or a line break)");
        }
    }

    private void error(String where, String field, String code, String message) {
        errors.add(new InputError(where, field, message, code));
    }

    /** The region a county's points must lie in. */
    private interface Area {
        /** Null when inside; otherwise why not. */
        String outside(double lat, double lon);

        static Area of(CountyNetworkData data) {
            List<List<List<Double>>> boundary = data.boundary();
            if (boundary != null && !boundary.isEmpty() && boundary.get(0) != null && !boundary.get(0).isEmpty()) {
                return BoundingBox.of(boundary.get(0));
            }
            if (data.centre() != null && Double.isFinite(data.centre().lat()) && Double.isFinite(data.centre().lon())) {
                LatLon centre = new LatLon(data.centre().lat(), data.centre().lon());
                return (lat, lon) -> {
                    double km = centre.distanceMetres(new LatLon(lat, lon)) / 1000.0;
                    return km > MAX_DISTANCE_FROM_CENTRE_KM
                            ? String.format("%.0f km from the county centre (at most %.0f km)", km,
                                    MAX_DISTANCE_FROM_CENTRE_KM)
                            : null;
                };
            }
            return null;
        }
    }

    private record BoundingBox(double minLat, double maxLat, double minLon, double maxLon) implements Area {

        static BoundingBox of(List<List<Double>> ring) {
            double minLat = Double.MAX_VALUE;
            double maxLat = -Double.MAX_VALUE;
            double minLon = Double.MAX_VALUE;
            double maxLon = -Double.MAX_VALUE;
            for (List<Double> point : ring) {
                if (point == null || point.size() < 2 || point.get(0) == null || point.get(1) == null) {
                    continue;
                }
                minLon = Math.min(minLon, point.get(0));
                maxLon = Math.max(maxLon, point.get(0));
                minLat = Math.min(minLat, point.get(1));
                maxLat = Math.max(maxLat, point.get(1));
            }
            return new BoundingBox(minLat - BOX_MARGIN_DEGREES, maxLat + BOX_MARGIN_DEGREES,
                    minLon - BOX_MARGIN_DEGREES, maxLon + BOX_MARGIN_DEGREES);
        }

        @Override
        public String outside(double lat, double lon) {
            if (lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon) {
                return null;
            }
            return String.format("the county's bounding box is lat %.4f–%.4f, lon %.4f–%.4f", minLat, maxLat,
                    minLon, maxLon);
        }
    }
}
