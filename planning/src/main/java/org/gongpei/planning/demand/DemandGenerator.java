package org.gongpei.planning.demand;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongpei.planning.SeededRandom;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;

/**
 * Seeded synthetic demand for a county. Every number is drawn from a {@link Random} seeded with the
 * seed, the date, the village's position in the list and the carrier or product, so a day's demand
 * does not depend on which other days or villages were asked for.
 *
 * <p>Down parcels: a Poisson number with mean residents × {@value #DOWN_PARCELS_PER_RESIDENT_PER_DAY}
 * × weekday factor × carrier share. The rate (about 18 parcels per resident a year, some 36,000 a
 * day for Daming) and the weekday factors (Monday backlog, quieter weekend) are ASSUMPTIONS of the
 * order reported for Chinese counties (Yu County sorts 60,000–100,000 parcels a day, DOMAIN.md).
 * Each parcel has a log-normal volume (median {@value #PARCEL_MEDIAN_VOLUME_M3} m³) and weight
 * (median {@value #PARCEL_MEDIAN_WEIGHT_KG} kg), and is chilled fresh food with probability
 * {@value #CHILLED_SHARE} (assumption).
 *
 * <p>Up shipments: each village has one ambient speciality (peanuts 45%, flour 20%, sesame oil 20%,
 * straw crafts 15%) and with probability {@value #FRESH_VILLAGE_SHARE} a fresh one (vegetables 70%,
 * fruit 30%), fixed per seed. On a day, a speciality ships with probability
 * base × {@link FarmProduct#monthFactor(int)} (base {@value #AMBIENT_SHIP_PROBABILITY} ambient,
 * {@value #FRESH_SHIP_PROBABILITY} fresh), 1 + Poisson(residents / 1000 × {@value #UP_PARCELS_PER_THOUSAND_RESIDENTS})
 * parcels, ready between 06:00 and 10:00 (fresh, after the morning harvest) or 08:00 and 16:00
 * (ambient), in quarter hours. All of these are ASSUMPTIONS.
 */
public final class DemandGenerator {

    /** Down parcels per resident per day (assumption). */
    public static final double DOWN_PARCELS_PER_RESIDENT_PER_DAY = 0.05;
    /** Median parcel volume, m³ (assumption: a shoebox-sized parcel of about 8 litres). */
    public static final double PARCEL_MEDIAN_VOLUME_M3 = 0.008;
    /** Median parcel weight, kg (assumption). */
    public static final double PARCEL_MEDIAN_WEIGHT_KG = 1.2;
    /** Share of down parcels that are chilled fresh food (assumption). */
    public static final double CHILLED_SHARE = 0.02;
    /** Share of villages with a fresh (chilled) speciality (assumption). */
    public static final double FRESH_VILLAGE_SHARE = 0.3;
    /** Daily shipping probability of an ambient speciality at its season's peak (assumption). */
    public static final double AMBIENT_SHIP_PROBABILITY = 0.3;
    /** Daily shipping probability of a fresh speciality at its season's peak (assumption). */
    public static final double FRESH_SHIP_PROBABILITY = 0.6;
    /** Mean extra up parcels per 1,000 residents on a shipping day (assumption). */
    public static final double UP_PARCELS_PER_THOUSAND_RESIDENTS = 4.0;

    private static final double VOLUME_SIGMA = 0.7;
    private static final double WEIGHT_SIGMA = 0.8;
    private static final long DOWN_STREAM = 1;
    private static final long UP_STREAM = 2;
    private static final long SPECIALITY_STREAM = 3;

    private final CountyNetworkData county;
    private final long seed;

    /**
     * @param county the county whose villages get demand
     * @param seed random seed; same seed, same demand
     */
    public DemandGenerator(CountyNetworkData county, long seed) {
        if (county.villages().isEmpty()) {
            throw new IllegalArgumentException("County " + county.code() + " has no villages to generate demand for");
        }
        this.county = county;
        this.seed = seed;
    }

    /**
     * Relative down-parcel volume by weekday (assumption; averages 1.0 over a week).
     *
     * @param day the weekday
     * @return factor on the daily mean
     */
    public static double weekdayFactor(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.15;
            case TUESDAY -> 1.10;
            case WEDNESDAY -> 1.00;
            case THURSDAY -> 0.95;
            case FRIDAY -> 0.95;
            case SATURDAY -> 0.90;
            case SUNDAY -> 0.95;
        };
    }

    /**
     * @param date the delivery date
     * @return per village (in the county's order) and carrier, the parcels of that day
     */
    public List<DownParcels> downParcels(LocalDate date) {
        List<DownParcels> result = new ArrayList<>();
        for (int v = 0; v < county.villages().size(); v++) {
            VillageData village = county.villages().get(v);
            for (Carrier carrier : Carrier.values()) {
                Random random = random(DOWN_STREAM, date.toEpochDay(), v, carrier.ordinal());
                double mean = village.population() * DOWN_PARCELS_PER_RESIDENT_PER_DAY
                        * weekdayFactor(date.getDayOfWeek()) * carrier.share();
                int parcels = poisson(mean, random);
                int chilled = 0;
                double volume = 0;
                double weight = 0;
                for (int p = 0; p < parcels; p++) {
                    volume += PARCEL_MEDIAN_VOLUME_M3 * StrictMath.exp(VOLUME_SIGMA * random.nextGaussian());
                    weight += PARCEL_MEDIAN_WEIGHT_KG * StrictMath.exp(WEIGHT_SIGMA * random.nextGaussian());
                    if (random.nextDouble() < CHILLED_SHARE) {
                        chilled++;
                    }
                }
                result.add(new DownParcels(date, village.code(), carrier, parcels, chilled, round(volume, 4), round(weight, 2)));
            }
        }
        return List.copyOf(result);
    }

    /**
     * @param date the shipping date
     * @return the up shipments of that day, by village (in the county's order) and product
     */
    public List<UpShipment> upShipments(LocalDate date) {
        List<UpShipment> result = new ArrayList<>();
        for (int v = 0; v < county.villages().size(); v++) {
            VillageData village = county.villages().get(v);
            for (FarmProduct product : specialities(v)) {
                Random random = random(UP_STREAM, date.toEpochDay(), v, product.ordinal());
                double base = product.chilled() ? FRESH_SHIP_PROBABILITY : AMBIENT_SHIP_PROBABILITY;
                if (random.nextDouble() >= base * product.monthFactor(date.getMonthValue())) {
                    continue;
                }
                int parcels = 1 + poisson(village.population() / 1000.0 * UP_PARCELS_PER_THOUSAND_RESIDENTS, random);
                int firstHour = product.chilled() ? 6 : 8;
                int lastHour = product.chilled() ? 10 : 16;
                int quarter = random.nextInt((lastHour - firstHour) * 4 + 1);
                LocalDateTime ready = date.atTime(firstHour, 0).plusMinutes(15L * quarter);
                result.add(new UpShipment(village.code(), product, parcels, round(parcels * product.weightKgPerParcel(), 2),
                        round(parcels * product.volumeM3PerParcel(), 4), ready, product.chilled(), product.maxHoursToColdStorage()));
            }
        }
        return List.copyOf(result);
    }

    /**
     * @param villageIndex the village's position in the county's list
     * @return the products the village ships up, fixed for this seed
     */
    public List<FarmProduct> specialities(int villageIndex) {
        Random random = random(SPECIALITY_STREAM, 0, villageIndex, 0);
        List<FarmProduct> products = new ArrayList<>();
        double ambient = random.nextDouble();
        if (ambient < 0.45) {
            products.add(FarmProduct.PEANUTS);
        } else if (ambient < 0.65) {
            products.add(FarmProduct.FLOUR);
        } else if (ambient < 0.85) {
            products.add(FarmProduct.SESAME_OIL);
        } else {
            products.add(FarmProduct.STRAW_CRAFTS);
        }
        if (random.nextDouble() < FRESH_VILLAGE_SHARE) {
            products.add(random.nextDouble() < 0.7 ? FarmProduct.FRESH_VEGETABLES : FarmProduct.FRESH_FRUIT);
        }
        return List.copyOf(products);
    }

    /**
     * @param date a delivery date
     * @return total down parcels per carrier that day
     */
    public Map<Carrier, Integer> downParcelsByCarrier(LocalDate date) {
        Map<Carrier, Integer> totals = new EnumMap<>(Carrier.class);
        for (DownParcels d : downParcels(date)) {
            totals.merge(d.carrier(), d.parcels(), Integer::sum);
        }
        return totals;
    }

    private Random random(long stream, long epochDay, int village, int item) {
        return SeededRandom.of(seed, stream, epochDay, village, item);
    }

    private static int poisson(double mean, Random random) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) StrictMath.max(0, StrictMath.round(mean + StrictMath.sqrt(mean) * random.nextGaussian()));
        }
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    private static double round(double value, int decimals) {
        double scale = StrictMath.pow(10, decimals);
        return StrictMath.round(value * scale) / scale;
    }
}
