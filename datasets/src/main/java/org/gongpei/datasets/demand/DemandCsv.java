package org.gongpei.datasets.demand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a sample week of demand as CSV (UTF-8, {@code \n} line ends, header row).
 *
 * <p>{@code demand-down-week.csv}: one row per day and village:
 * {@code date,villageCode,chinaPost,zto,yto,sto,yunda,jt,parcels,chilledParcels,volumeM3,weightKg}
 * (parcels per carrier, their total, the chilled ones among them, total m³ and kg).
 *
 * <p>{@code demand-up-week.csv}: one row per up shipment:
 * {@code date,villageCode,product,parcels,weightKg,volumeM3,readyTime,chilled,maxHoursToColdStorage}
 * (product as {@link FarmProduct} name, ready time ISO local, max hours empty when ambient).
 */
public final class DemandCsv {

    /** File name of the down-flow week. */
    public static final String DOWN_FILE = "demand-down-week.csv";
    /** File name of the up-flow week. */
    public static final String UP_FILE = "demand-up-week.csv";

    private DemandCsv() {
    }

    /**
     * @param generator the demand
     * @param firstDay the week's first day
     * @param dir directory to write {@value #DOWN_FILE} and {@value #UP_FILE} into
     */
    public static void writeWeek(DemandGenerator generator, LocalDate firstDay, Path dir) {
        StringBuilder down = new StringBuilder("date,villageCode,chinaPost,zto,yto,sto,yunda,jt,parcels,chilledParcels,volumeM3,weightKg\n");
        StringBuilder up = new StringBuilder("date,villageCode,product,parcels,weightKg,volumeM3,readyTime,chilled,maxHoursToColdStorage\n");
        for (int d = 0; d < 7; d++) {
            LocalDate date = firstDay.plusDays(d);
            appendDown(down, date, generator.downParcels(date));
            for (UpShipment s : generator.upShipments(date)) {
                up.append(date).append(',').append(s.villageCode()).append(',').append(s.product().name()).append(',')
                        .append(s.parcels()).append(',').append(format(s.weightKg(), 2)).append(',')
                        .append(format(s.volumeM3(), 4)).append(',').append(s.readyTime()).append(',')
                        .append(s.chilled()).append(',')
                        .append(s.maxHoursToColdStorage() == null ? "" : s.maxHoursToColdStorage()).append('\n');
            }
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(DOWN_FILE), down);
            Files.writeString(dir.resolve(UP_FILE), up);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write demand CSV into " + dir, e);
        }
    }

    private static void appendDown(StringBuilder out, LocalDate date, List<DownParcels> parcels) {
        Map<String, List<DownParcels>> byVillage = new LinkedHashMap<>();
        for (DownParcels p : parcels) {
            byVillage.computeIfAbsent(p.villageCode(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<DownParcels>> e : byVillage.entrySet()) {
            int[] perCarrier = new int[Carrier.values().length];
            int total = 0;
            int chilled = 0;
            double volume = 0;
            double weight = 0;
            for (DownParcels p : e.getValue()) {
                perCarrier[p.carrier().ordinal()] += p.parcels();
                total += p.parcels();
                chilled += p.chilledParcels();
                volume += p.volumeM3();
                weight += p.weightKg();
            }
            out.append(date).append(',').append(e.getKey());
            for (int n : perCarrier) {
                out.append(',').append(n);
            }
            out.append(',').append(total).append(',').append(chilled).append(',').append(format(volume, 4)).append(',')
                    .append(format(weight, 2)).append('\n');
        }
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
