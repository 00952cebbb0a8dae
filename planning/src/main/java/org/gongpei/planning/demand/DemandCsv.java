package org.gongpei.planning.demand;

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
 * Writes demand as CSV (UTF-8, {@code \n} line ends, header row); {@link DemandCsvReader} reads it back.
 *
 * <p>{@code demand-down-week.csv}: one row per day and village:
 * {@code date,villageCode,chinaPost,zto,yto,sto,yunda,jt,parcels,chilledParcels,volumeM3,weightKg}
 * (parcels per carrier, their total, the chilled ones among them, total m³ and kg).
 *
 * <p>{@code demand-up-week.csv}: one row per up shipment:
 * {@code date,villageCode,product,parcels,weightKg,volumeM3,readyTime,chilled,maxHoursToColdStorage}
 * (the date is the ready time's, product as {@link FarmProduct} name, ready time ISO local, max hours
 * empty when ambient).
 */
public final class DemandCsv {

    /** File name of the down-flow week. */
    public static final String DOWN_FILE = "demand-down-week.csv";
    /** File name of the up-flow week. */
    public static final String UP_FILE = "demand-up-week.csv";
    /** Columns of the down file, in the order written. */
    public static final String DOWN_HEADER = "date,villageCode,chinaPost,zto,yto,sto,yunda,jt,parcels,chilledParcels,volumeM3,weightKg";
    /** Columns of the up file, in the order written. */
    public static final String UP_HEADER = "date,villageCode,product,parcels,weightKg,volumeM3,readyTime,chilled,maxHoursToColdStorage";

    private DemandCsv() {
    }

    /**
     * @param generator the demand
     * @param firstDay the week's first day
     * @param dir directory to write {@value #DOWN_FILE} and {@value #UP_FILE} into
     */
    public static void writeWeek(DemandGenerator generator, LocalDate firstDay, Path dir) {
        List<DownParcels> down = new ArrayList<>();
        List<UpShipment> up = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate date = firstDay.plusDays(d);
            down.addAll(generator.downParcels(date));
            up.addAll(generator.upShipments(date));
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(DOWN_FILE), downCsv(down));
            Files.writeString(dir.resolve(UP_FILE), upCsv(up));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write demand CSV into " + dir, e);
        }
    }

    /**
     * @param parcels down parcels per carrier; rows of the same date and village are summed into one line,
     *        lines in the order each date and village first appears
     * @return the down CSV text with its header
     */
    public static String downCsv(List<DownParcels> parcels) {
        Map<String, List<DownParcels>> byDayAndVillage = new LinkedHashMap<>();
        for (DownParcels p : parcels) {
            byDayAndVillage.computeIfAbsent(p.date() + "," + p.villageCode(), k -> new ArrayList<>()).add(p);
        }
        StringBuilder out = new StringBuilder(DOWN_HEADER).append('\n');
        for (Map.Entry<String, List<DownParcels>> e : byDayAndVillage.entrySet()) {
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
            out.append(e.getKey());
            for (int n : perCarrier) {
                out.append(',').append(n);
            }
            out.append(',').append(total).append(',').append(chilled).append(',').append(format(volume, 4)).append(',')
                    .append(format(weight, 2)).append('\n');
        }
        return out.toString();
    }

    /**
     * @param shipments up shipments, one line each in the given order
     * @return the up CSV text with its header
     */
    public static String upCsv(List<UpShipment> shipments) {
        StringBuilder out = new StringBuilder(UP_HEADER).append('\n');
        for (UpShipment s : shipments) {
            out.append(s.readyTime().toLocalDate()).append(',').append(s.villageCode()).append(',')
                    .append(s.product().name()).append(',').append(s.parcels()).append(',')
                    .append(format(s.weightKg(), 2)).append(',').append(format(s.volumeM3(), 4)).append(',')
                    .append(s.readyTime()).append(',').append(s.chilled()).append(',')
                    .append(s.maxHoursToColdStorage() == null ? "" : s.maxHoursToColdStorage()).append('\n');
        }
        return out.toString();
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
