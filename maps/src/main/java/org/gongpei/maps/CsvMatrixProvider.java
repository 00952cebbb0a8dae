package org.gongpei.maps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads a matrix bought from a commercial map API, as a UTF-8 CSV file:
 * <pre>
 * from,to,distance_m,time_s
 * 大名县共配中心,王村,12840,1310
 * 王村,大名县共配中心,12910,1325
 * </pre>
 * The header is required. {@code from} and {@code to} are location labels (no commas),
 * {@code distance_m} metres and {@code time_s} seconds, both finite and non-negative. Blank lines
 * and lines starting with {@code #} are skipped. A pair may appear once. Labels the request does not
 * use are ignored; a missing pair is an error except from a location to itself (0 m, 0 s).
 */
public final class CsvMatrixProvider implements MatrixProvider {

    /** The required first line. */
    public static final String HEADER = "from,to,distance_m,time_s";

    private final Path file;
    private final Map<String, Integer> labelIds = new HashMap<>();
    private final Map<Long, Integer> rowByPair = new HashMap<>();
    private double[] metres = new double[1024];
    private double[] seconds = new double[1024];
    private final String contentHash;

    /**
     * Reads and checks the whole file.
     *
     * @throws MatrixFormatException naming the line of the first bad row
     */
    public CsvMatrixProvider(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Matrix CSV file not found: " + file);
        }
        this.file = file;
        try {
            contentHash = HexFormat.of().formatHex(GraphStore.sha256().digest(Files.readAllBytes(file)));
            read();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read matrix CSV " + file, e);
        }
    }

    private void read() throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
                throw new MatrixFormatException(file + " line 1: the header must be '" + HEADER + "', was '" + header + "'", 1);
            }
            String line;
            int lineNumber = 1;
            int rows = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != 4) {
                    throw bad(lineNumber, "expected 4 fields (" + HEADER + "), found " + fields.length, line);
                }
                String from = fields[0].strip();
                String to = fields[1].strip();
                if (from.isEmpty() || to.isEmpty()) {
                    throw bad(lineNumber, "from and to labels cannot be empty", line);
                }
                double d = number(fields[2], "distance_m", lineNumber, line);
                double t = number(fields[3], "time_s", lineNumber, line);
                long pair = pair(id(from), id(to));
                if (rowByPair.putIfAbsent(pair, rows) != null) {
                    throw bad(lineNumber, "the pair " + from + " -> " + to + " appears twice", line);
                }
                if (rows == metres.length) {
                    metres = Arrays.copyOf(metres, rows * 2);
                    seconds = Arrays.copyOf(seconds, rows * 2);
                }
                metres[rows] = d;
                seconds[rows] = t;
                rows++;
            }
        }
    }

    private int id(String label) {
        return labelIds.computeIfAbsent(label, l -> labelIds.size());
    }

    private static long pair(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }

    private double number(String field, String column, int lineNumber, String line) {
        double value;
        try {
            value = Double.parseDouble(field.strip());
        } catch (NumberFormatException e) {
            throw bad(lineNumber, column + " '" + field.strip() + "' is not a number", line);
        }
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw bad(lineNumber, column + " must be finite and not negative, was " + field.strip(), line);
        }
        return value;
    }

    private MatrixFormatException bad(int lineNumber, String problem, String line) {
        return new MatrixFormatException(file + " line " + lineNumber + ": " + problem + ": " + line, lineNumber);
    }

    @Override
    public TravelMatrix matrix(List<Location> locations) {
        if (locations == null || locations.isEmpty()) {
            throw new IllegalArgumentException("At least one location is needed");
        }
        int n = locations.size();
        int[] ids = new int[n];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String label = locations.get(i).label();
            Integer previous = seen.put(label, i);
            if (previous != null) {
                throw new IllegalArgumentException("Locations " + previous + " and " + i + " share the label '" + label
                        + "'; a CSV matrix needs unique labels");
            }
            ids[i] = labelIds.getOrDefault(label, -1);
        }
        double[] d = new double[n * n];
        double[] t = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                Integer row = ids[i] < 0 || ids[j] < 0 ? null : rowByPair.get(pair(ids[i], ids[j]));
                if (row == null) {
                    throw new MatrixFormatException(file + ": no row for " + locations.get(i).label() + " -> "
                            + locations.get(j).label(), 0);
                }
                d[i * n + j] = metres[row];
                t[i * n + j] = seconds[row];
            }
        }
        return new TravelMatrix(n, d, t, false);
    }

    @Override
    public String cacheKey() {
        return "csv|" + contentHash;
    }
}
