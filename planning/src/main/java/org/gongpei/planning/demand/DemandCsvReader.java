package org.gongpei.planning.demand;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the demand CSV layout that {@link DemandCsv} writes, all or nothing: every problem of a file is
 * collected and thrown at once as a {@link DemandFormatException} naming file, row (the header being
 * row 1) and column. Columns are found by name in any order (case ignored); every column of the layout
 * is required and an unknown column is refused, so that parcels of an unlisted carrier are never
 * dropped silently. Blank lines are skipped.
 *
 * <p>A down row holds a village's totals of a day. It is read into one {@link DownParcels} per carrier
 * (in {@link Carrier} order, zero rows included); the row's chilled parcels, weight (to the gram) and
 * volume (to the cm³) are shared out in proportion to each carrier's parcels by largest remainder, so
 * the carriers' sums equal the row and writing the result with {@link DemandCsv#downCsv} gives the row
 * back. Checked: ISO dates, whole non-negative parcel counts, {@code parcels} = the sum of the carrier
 * columns, {@code chilledParcels} ≤ {@code parcels}, non-negative weight and volume (zero when there are
 * no parcels), one row per date and village.
 *
 * <p>An up row is one {@link UpShipment}. Checked: a known {@link FarmProduct} name, at least one
 * parcel, non-negative weight and volume, an ISO local date-time {@code readyTime} on the row's
 * {@code date}, {@code chilled} true or false, {@code maxHoursToColdStorage} empty or a whole number ≥ 1.
 */
public final class DemandCsvReader {

    private static final List<String> DOWN_COLUMNS = List.of(DemandCsv.DOWN_HEADER.split(","));
    private static final List<String> UP_COLUMNS = List.of(DemandCsv.UP_HEADER.split(","));
    private static final int MAX_BITS = 62;

    private DemandCsvReader() {
    }

    /**
     * @param csv the down CSV text; read to its end, not closed
     * @param fileName the file's name, used in problems
     * @return per row, one entry per carrier, in file order
     * @throws DemandFormatException naming every problem found
     */
    public static List<DownParcels> readDown(Reader csv, String fileName) {
        List<String> problems = new ArrayList<>();
        CsvSheet sheet = CsvSheet.parse(fileName, text(csv, fileName), DOWN_COLUMNS, DOWN_COLUMNS, problems);
        List<DownParcels> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < sheet.size(); r++) {
            LocalDate date = date(sheet, r, "date");
            String village = sheet.required(r, "villageCode");
            int[] perCarrier = new int[Carrier.values().length];
            boolean carriersRead = true;
            for (Carrier carrier : Carrier.values()) {
                Integer parcels = sheet.wholeNumber(r, carrier.csvColumn(), 0);
                carriersRead &= parcels != null;
                perCarrier[carrier.ordinal()] = parcels == null ? 0 : parcels;
            }
            Integer parcels = sheet.wholeNumber(r, "parcels", 0);
            Integer chilled = sheet.wholeNumber(r, "chilledParcels", 0);
            Long cubicCentimetres = scaled(sheet, r, "volumeM3", 1_000_000);
            Long grams = scaled(sheet, r, "weightKg", 1_000);
            long carrierSum = Arrays.stream(perCarrier).asLongStream().sum();
            if (carriersRead && parcels != null && parcels != carrierSum) {
                sheet.problem(r, "parcels", parcels + " is not the sum of the carrier columns, " + carrierSum);
            }
            if (parcels != null && chilled != null && chilled > parcels) {
                sheet.problem(r, "chilledParcels", chilled + " chilled parcels out of " + parcels);
            }
            if (parcels != null && parcels == 0 && (grams != null && grams > 0 || cubicCentimetres != null && cubicCentimetres > 0)) {
                sheet.problem(r, "weight and volume must be 0 when there are no parcels");
            }
            if (date != null && village != null) {
                Integer earlier = seen.putIfAbsent(date + "," + village, sheet.rowNumber(r));
                if (earlier != null) {
                    sheet.problem(r, "village " + village + " on " + date + " is already in row " + earlier);
                }
            }
            if (problems.isEmpty()) {
                result.addAll(perCarrier(date, village, perCarrier, chilled, grams, cubicCentimetres));
            }
        }
        if (!problems.isEmpty()) {
            throw new DemandFormatException(problems);
        }
        return List.copyOf(result);
    }

    /**
     * @param csv the up CSV text; read to its end, not closed
     * @param fileName the file's name, used in problems
     * @return one shipment per row, in file order
     * @throws DemandFormatException naming every problem found
     */
    public static List<UpShipment> readUp(Reader csv, String fileName) {
        List<String> problems = new ArrayList<>();
        CsvSheet sheet = CsvSheet.parse(fileName, text(csv, fileName), UP_COLUMNS, UP_COLUMNS, problems);
        List<UpShipment> result = new ArrayList<>();
        for (int r = 0; r < sheet.size(); r++) {
            LocalDate date = date(sheet, r, "date");
            String village = sheet.required(r, "villageCode");
            FarmProduct product = product(sheet, r);
            Integer parcels = sheet.wholeNumber(r, "parcels", 1);
            BigDecimal weight = sheet.amount(r, "weightKg");
            BigDecimal volume = sheet.amount(r, "volumeM3");
            LocalDateTime ready = readyTime(sheet, r, date);
            Boolean chilled = flag(sheet, r, "chilled");
            Integer maxHours = sheet.text(r, "maxHoursToColdStorage") == null ? null
                    : sheet.wholeNumber(r, "maxHoursToColdStorage", 1);
            if (problems.isEmpty()) {
                result.add(new UpShipment(village, product, parcels, weight.doubleValue(), volume.doubleValue(), ready,
                        chilled, maxHours));
            }
        }
        if (!problems.isEmpty()) {
            throw new DemandFormatException(problems);
        }
        return List.copyOf(result);
    }

    private static List<DownParcels> perCarrier(LocalDate date, String village, int[] parcels, int chilled, long grams,
            long cubicCentimetres) {
        long[] chilledShares = shares(chilled, parcels);
        long[] gramShares = shares(grams, parcels);
        long[] volumeShares = shares(cubicCentimetres, parcels);
        return Stream.of(Carrier.values()).map(c -> new DownParcels(date, village, c, parcels[c.ordinal()],
                (int) chilledShares[c.ordinal()], volumeShares[c.ordinal()] / 1e6, gramShares[c.ordinal()] / 1e3)).toList();
    }

    /** Shares a total out in proportion to the weights by largest remainder (ties to the earlier); all 0 when the weights are. */
    static long[] shares(long total, int[] weights) {
        long weightSum = Arrays.stream(weights).asLongStream().sum();
        long[] shares = new long[weights.length];
        if (weightSum == 0) {
            return shares;
        }
        BigDecimal[] remainders = new BigDecimal[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigDecimal[] division = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(weights[i]))
                    .divideAndRemainder(BigDecimal.valueOf(weightSum));
            shares[i] = division[0].longValueExact();
            remainders[i] = division[1];
            given += shares[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (remainders[i] != null && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = null;
        }
        return shares;
    }

    private static Long scaled(CsvSheet sheet, int row, String column, int factor) {
        BigDecimal amount = sheet.amount(row, column);
        if (amount == null) {
            return null;
        }
        BigDecimal scaled = amount.multiply(BigDecimal.valueOf(factor)).setScale(0, RoundingMode.HALF_UP);
        if (scaled.toBigInteger().bitLength() > MAX_BITS) {
            sheet.problem(row, column, "'" + amount.toPlainString() + "' is too large");
            return null;
        }
        return scaled.longValueExact();
    }

    private static LocalDate date(CsvSheet sheet, int row, String column) {
        String value = sheet.required(row, column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            sheet.problem(row, column, "'" + value + "' is not an ISO date (yyyy-mm-dd)");
            return null;
        }
    }

    private static LocalDateTime readyTime(CsvSheet sheet, int row, LocalDate date) {
        String value = sheet.required(row, "readyTime");
        if (value == null) {
            return null;
        }
        try {
            LocalDateTime time = LocalDateTime.parse(value);
            if (date != null && !time.toLocalDate().equals(date)) {
                sheet.problem(row, "readyTime", value + " is not on the row's date " + date);
            }
            return time;
        } catch (DateTimeParseException e) {
            sheet.problem(row, "readyTime", "'" + value + "' is not an ISO local date-time (yyyy-mm-ddThh:mm)");
            return null;
        }
    }

    private static FarmProduct product(CsvSheet sheet, int row) {
        String value = sheet.required(row, "product");
        if (value == null) {
            return null;
        }
        for (FarmProduct product : FarmProduct.values()) {
            if (product.name().equalsIgnoreCase(value)) {
                return product;
            }
        }
        sheet.problem(row, "product", "unknown product '" + value + "'; the products are "
                + String.join(", ", Stream.of(FarmProduct.values()).map(Enum::name).toList()));
        return null;
    }

    private static Boolean flag(CsvSheet sheet, int row, String column) {
        String value = sheet.required(row, column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "是" -> true;
            case "false", "0", "no", "否" -> false;
            default -> {
                sheet.problem(row, column, "'" + value + "' is not true or false");
                yield null;
            }
        };
    }

    private static String text(Reader csv, String fileName) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = csv.read(buffer); n >= 0; n = csv.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + fileName, e);
        }
    }
}
