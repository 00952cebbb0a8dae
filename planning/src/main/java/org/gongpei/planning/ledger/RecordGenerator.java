package org.gongpei.planning.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.gongpei.planning.geo.LatLon;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;

/**
 * Synthetic delivery records of a county for a period, for demos, tests and benchmarks. The model is stated, not
 * measured: each village gets about one parcel a day per 250 residents (more on Mondays, fewer on Sundays);
 * parcels are taken in at the centre between 05:00 and 07:00, leave 1–2.5 h later, reach the township hub 40–90
 * min after and the station after the straight-line distance from the centre at 25 km/h plus 10–120 min; 3 % wait
 * one or two days more; stations open 07:00–21:00 (later arrivals wait for the morning); 12 % of rows have no hub
 * time, 15 % no signature, 5 % no vehicle. Each village's parcels come on one of three vans of its own, so a
 * vehicle's consecutive stations are those of one village. Falsifications are injected on request, each listed in
 * the manifest.
 */
public final class RecordGenerator {

    private static final ZoneId CHINA = LedgerTimes.CHINA;
    private static final double SPEED_KM_PER_HOUR = 25;
    /** Residents per parcel and day of the stated model. */
    public static final double RESIDENTS_PER_PARCEL = 250;

    private final CountyNetworkData county;
    private final List<String> carriers;
    private final long seed;
    private final double residentsPerParcel;

    /**
     * @param carriers the carriers the rows name, as the county's list has them
     * @param seed     the same seed gives the same rows
     */
    public RecordGenerator(CountyNetworkData county, List<String> carriers, long seed) {
        this(county, carriers, seed, RESIDENTS_PER_PARCEL);
    }

    /**
     * @param residentsPerParcel residents per parcel and day (the model's 250, or fewer for a busier county, e.g.
     *                           a benchmark's year of about 15 million rows)
     */
    public RecordGenerator(CountyNetworkData county, List<String> carriers, long seed, double residentsPerParcel) {
        if (county.villages().isEmpty() || carriers.isEmpty()) {
            throw new IllegalArgumentException("A county with villages and at least one carrier is needed");
        }
        if (!(residentsPerParcel > 0)) {
            throw new IllegalArgumentException("residentsPerParcel must be positive, was " + residentsPerParcel);
        }
        this.county = county;
        this.carriers = List.copyOf(carriers);
        this.seed = seed;
        this.residentsPerParcel = residentsPerParcel;
    }

    /**
     * Streams the rows of the period, day by day, without keeping them.
     *
     * @param from the first day
     * @param days how many days, ≥ 1
     */
    public void stream(LocalDate from, int days, Consumer<DeliveryRecord> sink) {
        Random random = new Random(seed);
        LatLon centre = new LatLon(county.centre().lat(), county.centre().lon());
        long serial = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = from.plusDays(d);
            double weekday = switch (day.getDayOfWeek()) {
                case MONDAY -> 1.3;
                case SUNDAY -> 0.7;
                default -> 1.0;
            };
            for (int v = 0; v < county.villages().size(); v++) {
                VillageData village = county.villages().get(v);
                double mean = Math.max(0.2 * RESIDENTS_PER_PARCEL, village.population()) / residentsPerParcel
                        * weekday;
                int parcels = (int) Math.round(mean * (0.7 + 0.6 * random.nextDouble()));
                double roadMinutes = centre.distanceMetres(new LatLon(village.lat(), village.lon())) / 1000.0
                        / SPEED_KM_PER_HOUR * 60;
                for (int p = 0; p < parcels; p++) {
                    sink.accept(parcel(random, day, v, village, roadMinutes, serial++));
                }
            }
        }
    }

    /**
     * The rows of a period as lists, with the requested falsifications injected into about {@code share} of the
     * rows each (at least one case each).
     */
    public GeneratedRecords generate(LocalDate from, int days, Set<RecordInjection> injections, double share) {
        List<DeliveryRecord> rows = new ArrayList<>();
        stream(from, days, rows::add);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        Map<RecordInjection, Set<String>> injected = new EnumMap<>(RecordInjection.class);
        Set<Integer> touched = new HashSet<>();
        int cases = Math.max(1, (int) Math.round(rows.size() * share));
        List<DeliveryRecord> second = new ArrayList<>();
        for (RecordInjection injection : injections) {
            Set<String> waybills = new LinkedHashSet<>();
            if (injection == RecordInjection.BULK_SIGN_OFF) {
                bulkSignOff(rows, random, touched, waybills);
            } else if (injection == RecordInjection.FASTER_THAN_ROAD_FROM_CENTRE
                    || injection == RecordInjection.VEHICLE_FASTER_THAN_ROAD) {
                new RoadTimeInjections(county, rows, random, touched).inject(injection, cases, waybills);
            } else {
                for (int c = 0; c < cases; c++) {
                    int i = untouched(rows, random, touched);
                    DeliveryRecord row = rows.get(i);
                    waybills.add(row.waybill());
                    switch (injection) {
                        case SIGNED_BEFORE_ARRIVAL -> rows.set(i, with(row, row.arrivedAtStation(),
                                row.arrivedAtStation().minus(Duration.ofMinutes(30 + random.nextInt(120))), row.vehicle()));
                        case NIGHT_TIME -> {
                            Instant night = row.arrivedAtStation().atZone(CHINA).toLocalDate().atTime(23, 10)
                                    .plusMinutes(random.nextInt(40)).atZone(CHINA).toInstant();
                            rows.set(i, with(row, night, null, row.vehicle()));
                        }
                        case WAYBILL_IN_TWO_BATCHES -> second.add(row);
                        default -> throw new IllegalStateException(injection.name());
                    }
                }
            }
            injected.put(injection, waybills);
        }
        return new GeneratedRecords(rows, second, injected);
    }

    private void bulkSignOff(List<DeliveryRecord> rows, Random random, Set<Integer> touched, Set<String> waybills) {
        Set<String> villages = new HashSet<>();
        int anchor = untouched(rows, random, touched);
        Instant minute = rows.get(anchor).arrivedAtStation().plus(Duration.ofHours(30));
        String vehicle = "冀D9" + (100 + random.nextInt(900));
        for (int attempt = 0; attempt < rows.size() && (waybills.size() < 12 || villages.size() < 3); attempt++) {
            int i = untouched(rows, random, touched);
            DeliveryRecord row = rows.get(i);
            if (row.arrivedAtStation().isAfter(minute)) {
                continue;
            }
            rows.set(i, with(row, row.arrivedAtStation(), minute.plusSeconds(waybills.size()), vehicle));
            waybills.add(row.waybill());
            villages.add(row.villageCode());
        }
    }

    private static int untouched(List<DeliveryRecord> rows, Random random, Set<Integer> touched) {
        if (touched.size() >= rows.size()) {
            throw new IllegalStateException("Too few rows for the injections asked");
        }
        int i;
        do {
            i = random.nextInt(rows.size());
        } while (!touched.add(i));
        return i;
    }

    private static DeliveryRecord with(DeliveryRecord row, Instant station, Instant signed, String vehicle) {
        return new DeliveryRecord(row.waybill(), row.carrier(), row.villageCode(), row.chilled(),
                row.receivedAtCentre(), row.leftCentre(), row.arrivedAtHub(), station, signed, vehicle);
    }

    private DeliveryRecord parcel(Random random, LocalDate day, int villageIndex, VillageData village,
            double roadMinutes, long serial) {
        Instant received = day.atTime(5, 0).plusMinutes(random.nextInt(120)).atZone(CHINA).toInstant();
        Instant left = received.plus(Duration.ofMinutes(60 + random.nextInt(90)));
        Instant hub = left.plus(Duration.ofMinutes(40 + random.nextInt(50)));
        Instant station = hub.plus(Duration.ofMinutes(Math.round(roadMinutes) + 10 + random.nextInt(110)));
        if (random.nextDouble() < 0.03) {
            station = station.plus(Duration.ofDays(1 + random.nextInt(2)));
        }
        station = withinOpeningHours(station);
        Instant signed = random.nextDouble() < 0.15 ? null
                : withinOpeningHours(station.plus(Duration.ofMinutes(5 + random.nextInt(600))));
        String vehicle = random.nextDouble() < 0.05 ? null
                : "冀D" + String.format("%04d%d", villageIndex % 10_000, random.nextInt(3));
        String carrier = carriers.get(random.nextInt(carriers.size()));
        return new DeliveryRecord(String.format("%s%s%07d", county.code(), day.toString().replace("-", ""), serial),
                carrier, village.code(), random.nextDouble() < 0.04, received, left,
                random.nextDouble() < 0.12 ? null : hub, station, signed, vehicle);
    }

    private static Instant withinOpeningHours(Instant time) {
        var local = time.atZone(CHINA);
        LocalTime clock = local.toLocalTime();
        if (clock.isBefore(LocalTime.of(7, 0))) {
            return local.toLocalDate().atTime(7, 0).plusMinutes(clock.getMinute()).atZone(CHINA).toInstant();
        }
        if (!clock.isBefore(LocalTime.of(21, 0))) {
            return local.toLocalDate().plusDays(1).atTime(7, 0).plusMinutes(clock.getMinute()).atZone(CHINA)
                    .toInstant();
        }
        return time;
    }
}
