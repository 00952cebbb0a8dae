package org.gongpei.planning.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.gongpei.planning.geo.LatLon;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;

/**
 * The falsifications the road-time rules look for, injected into generated rows. Both use the villages farthest
 * from the centre in a straight line (the third farthest, at least one), where no road is short enough to excuse
 * them: a station reached one minute after the parcel left the centre; and one new vehicle at such a village and,
 * three minutes later, at one of the five villages farthest from it among those no farther from the centre (so the
 * second row's own time from the centre stays plausible).
 */
final class RoadTimeInjections {

    private static final Duration FROM_CENTRE = Duration.ofMinutes(1);
    private static final Duration BETWEEN_STATIONS = Duration.ofMinutes(3);

    private final List<DeliveryRecord> rows;
    private final Random random;
    private final Set<Integer> touched;
    private final Map<String, Double> fromCentre = new HashMap<>();
    private final Map<String, LatLon> places = new HashMap<>();
    private final Set<String> far;
    private int vehicles;

    RoadTimeInjections(CountyNetworkData county, List<DeliveryRecord> rows, Random random, Set<Integer> touched) {
        if (county.villages().size() < 2) {
            throw new IllegalArgumentException("The road-time falsifications need a county with two villages");
        }
        this.rows = rows;
        this.random = random;
        this.touched = touched;
        LatLon centre = new LatLon(county.centre().lat(), county.centre().lon());
        for (VillageData village : county.villages()) {
            LatLon place = new LatLon(village.lat(), village.lon());
            places.put(village.code(), place);
            fromCentre.put(village.code(), centre.distanceMetres(place));
        }
        List<String> byDistance = new ArrayList<>(fromCentre.keySet());
        byDistance.sort(Comparator.comparingDouble((String code) -> fromCentre.get(code)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        far = Set.copyOf(byDistance.subList(0, Math.max(1, byDistance.size() / 3)));
    }

    void inject(RecordInjection injection, int cases, Set<String> waybills) {
        for (int c = 0; c < cases; c++) {
            int i = farRow();
            DeliveryRecord row = rows.get(i);
            if (injection == RecordInjection.FASTER_THAN_ROAD_FROM_CENTRE) {
                rows.set(i, new DeliveryRecord(row.waybill(), row.carrier(), row.villageCode(), row.chilled(),
                        row.receivedAtCentre(), row.leftCentre(), null, row.leftCentre().plus(FROM_CENTRE),
                        null, row.vehicle()));
                waybills.add(row.waybill());
            } else {
                vehicleAtTwoStations(i, waybills);
            }
        }
    }

    private void vehicleAtTwoStations(int first, Set<String> waybills) {
        DeliveryRecord a = rows.get(first);
        int second = -1;
        for (String other : farthestNoFartherFromCentre(a.villageCode())) {
            second = rowOf(other);
            if (second >= 0) {
                break;
            }
        }
        if (second < 0) {
            throw new IllegalStateException("Too few rows far from village " + a.villageCode()
                    + " for the injections asked");
        }
        DeliveryRecord b = rows.get(second);
        String vehicle = "冀E" + String.format("%04d", 1000 + vehicles++);
        rows.set(first, new DeliveryRecord(a.waybill(), a.carrier(), a.villageCode(), a.chilled(),
                a.receivedAtCentre(), a.leftCentre(), a.arrivedAtHub(), a.arrivedAtStation(), a.signedAt(), vehicle));
        rows.set(second, new DeliveryRecord(b.waybill(), b.carrier(), b.villageCode(), b.chilled(),
                a.receivedAtCentre(), a.leftCentre(), null, a.arrivedAtStation().plus(BETWEEN_STATIONS), null,
                vehicle));
        waybills.add(a.waybill());
        waybills.add(b.waybill());
    }

    /** @return the five villages farthest from this one among those no farther from the centre, in random order */
    private List<String> farthestNoFartherFromCentre(String village) {
        LatLon place = places.get(village);
        double limit = fromCentre.get(village);
        List<String> farthest = new ArrayList<>(fromCentre.keySet().stream()
                .filter(code -> !code.equals(village) && fromCentre.get(code) <= limit)
                .sorted(Comparator.comparingDouble((String code) -> place.distanceMetres(places.get(code))).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .limit(5).toList());
        Collections.shuffle(farthest, random);
        return farthest;
    }

    private int farRow() {
        for (int attempt = 0; attempt < rows.size(); attempt++) {
            int i = random.nextInt(rows.size());
            if (far.contains(rows.get(i).villageCode()) && touched.add(i)) {
                return i;
            }
        }
        throw new IllegalStateException("Too few rows of the villages far from the centre for the injections asked");
    }

    private int rowOf(String village) {
        for (int attempt = 0; attempt < 100 * places.size(); attempt++) {
            int i = random.nextInt(rows.size());
            if (rows.get(i).villageCode().equals(village) && touched.add(i)) {
                return i;
            }
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).villageCode().equals(village) && !touched.contains(i)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return -1;
        }
        int i = candidates.get(random.nextInt(candidates.size()));
        touched.add(i);
        return i;
    }
}
