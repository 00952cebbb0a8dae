package org.gongpei.benchmarks.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.ledger.DeliveryRecord;
import org.gongpei.planning.ledger.GeneratedRecords;
import org.gongpei.planning.ledger.RecordCsv;
import org.gongpei.planning.ledger.RecordGenerator;
import org.gongpei.planning.ledger.RecordInjection;
import org.gongpei.planning.network.CountyNetworkData;

/**
 * On demand, not in the test run: the delivery record at a year's scale, through the packaged service over HTTP
 * (the harness starts {@code service/target/quarkus-app/quarkus-run.jar} with the given JVM options in a fresh
 * working directory, so with an empty embedded PostgreSQL and the Daming demo county). It generates a year of
 * Daming records as CSV, imports it (upload, then the import job: reading, checking, hashing, COPY, tallies),
 * a month as .xlsx, times the year's compliance report and the integrity checks, and measures precision and
 * recall of each integrity rule on another period with injected falsifications. Prints Markdown.
 *
 * <p>Arguments: {@code [--days 365] [--residents-per-parcel 17.7] [--xlsx-days 20] [--calls 7] [--integrity-calls 3]
 * [--jvm -Xmx512m] [--work DIR] [--port 18080] [--reuse false]}; {@code --reuse true} takes the files of an
 * earlier run in {@code --work} instead of generating them again.
 */
public final class RecordLedgerBenchmark {

    private static final String COUNTY = "130425";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordLedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int days = Integer.parseInt(options.getOrDefault("days", "365"));
        double residentsPerParcel = Double.parseDouble(options.getOrDefault("residents-per-parcel", "17.7"));
        int xlsxDays = Integer.parseInt(options.getOrDefault("xlsx-days", "20"));
        int calls = Integer.parseInt(options.getOrDefault("calls", "7"));
        int integrityCalls = Integer.parseInt(options.getOrDefault("integrity-calls", "3"));
        Path work = Path.of(options.getOrDefault("work", Files.createTempDirectory("gongpei-ledger-bench").toString()));
        int port = Integer.parseInt(options.getOrDefault("port", "18080"));
        CountyNetworkData county = DemoCounties.daming();
        List<String> carriers = List.of("顺丰", "京东", "供销", "中通", "邮政");

        Path year = work.resolve("year.csv");
        Path month = work.resolve("month.xlsx");
        boolean reuse = Boolean.parseBoolean(options.getOrDefault("reuse", "false"))
                && Files.isRegularFile(year) && Files.isRegularFile(month);
        long start = System.nanoTime();
        long rows;
        long monthRows = -1;
        if (reuse) { // the files of an earlier run with the same arguments
            try (var lines = Files.lines(year)) {
                rows = lines.count() - 1;
            }
        } else {
            rows = writeCsv(new RecordGenerator(county, carriers, 1, residentsPerParcel), LocalDate.of(2025, 1, 1),
                    days, year);
        }
        double generateSeconds = seconds(start);
        start = System.nanoTime();
        if (!reuse) {
            monthRows = RecordXlsx.write(new RecordGenerator(county, carriers, 2, residentsPerParcel),
                    LocalDate.of(2024, 1, 1), xlsxDays, month);
        }
        double xlsxWriteSeconds = seconds(start);
        System.err.printf(Locale.ROOT, (reuse ? "reused" : "generated") + " %d rows (%.0f MB) in %.0f s, %d xlsx rows in %.0f s%n", rows,
                Files.size(year) / 1e6, generateSeconds, monthRows, xlsxWriteSeconds);

        try (ServiceProcess service = ServiceProcess.start(work.resolve("service"), port,
                options.getOrDefault("jvm", "-Xmx512m"))) {
            Api api = new Api("http://localhost:" + port, service.token());
            api.put("/api/v1/counties/" + COUNTY + "/carriers", JSON.writeValueAsString(carriers));
            Import xlsx = api.importFile(COUNTY, month, "IMPORT", false);
            monthRows = xlsx.rows();
            Import csv = api.importFile(COUNTY, year, "IMPORT", false);
            List<Double> compliance = api.times(calls, "/api/v1/counties/" + COUNTY
                    + "/records/compliance?from=2025-01-01&to=2026-01-01");
            List<Double> partial = api.times(calls, "/api/v1/counties/" + COUNTY
                    + "/records/compliance?from=2025-03-10&to=2025-04-10");
            api.get("/api/v1/counties/" + COUNTY + "/records/compliance?from=2025-01-01&to=2026-01-01&remoteMinutes=40");
            List<Double> remote = api.times(calls, "/api/v1/counties/" + COUNTY
                    + "/records/compliance?from=2025-01-01&to=2026-01-01&remoteMinutes=40");
            List<Double> integrity = api.times(integrityCalls, "/api/v1/counties/" + COUNTY
                    + "/records/integrity?from=2025-01-01&to=2026-01-01");
            Precision precision = Precision.measure(api, county, carriers, COUNTY, work);
            Report.print(new Report(rows, Files.size(year), generateSeconds, csv, xlsx, monthRows, compliance,
                    partial, remote, integrity, precision, service.peakRssBytes(), service.peakHeapBytes(),
                    options.getOrDefault("jvm", "-Xmx512m")));
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long writeCsv(RecordGenerator generator, LocalDate from, int days, Path file) throws IOException {
        long[] rows = new long[1];
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                RecordCsv csv = new RecordCsv(out)) {
            generator.stream(from, days, row -> {
                try {
                    csv.write(row);
                    rows[0]++;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return rows[0];
    }

    /** An import as the job reported it, with the upload and job times measured here. */
    record Import(JsonNode status, long bytes, double uploadSeconds, double jobSeconds) {

        long rows() {
            return status.path("batch").path("rows").asLong();
        }
    }

    /** The service's HTTP API; every request goes through {@link #send}, so a header is added in one place. */
    static final class Api {

        private final String base;
        private final String token;
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        Api(String base, String token) {
            this.base = base;
            this.token = token;
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return client.send(request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        JsonNode get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        }

        void put(String path, String json) throws IOException, InterruptedException {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
        }

        List<Double> times(int calls, String path) throws IOException, InterruptedException {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                get(path);
                times.add(seconds(start));
            }
            return times;
        }

        /** Uploads a file as a stream (multipart around the file on disk) and follows its import job. */
        Import importFile(String county, Path file, String kind, boolean acceptValid)
                throws IOException, InterruptedException {
            String boundary = "gongpei" + UUID.randomUUID();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"acceptValid\"\r\n\r\n" + acceptValid
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
            String tail = "\r\n--" + boundary + "--\r\n";
            long start = System.nanoTime();
            HttpResponse<String> queued = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/counties/" + county
                    + "/records")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(
                            HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                            HttpRequest.BodyPublishers.ofFile(file),
                            HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8))));
            double upload = seconds(start);
            if (queued.statusCode() != 202) {
                throw new IllegalStateException("The upload of " + file + " answered " + queued.statusCode() + ": "
                        + queued.body());
            }
            String location = URI.create(queued.headers().firstValue("Location").orElseThrow()).getPath();
            long jobStart = System.nanoTime();
            while (true) {
                JsonNode status = get(location);
                String state = status.path("status").asText();
                if (!state.equals("QUEUED") && !state.equals("SOLVING")) {
                    if (!state.equals("DONE")) {
                        throw new IllegalStateException("The import of " + file + " ended " + status);
                    }
                    return new Import(status, Files.size(file), upload, seconds(jobStart));
                }
                System.err.printf(Locale.ROOT, "  %s %s %d rows %.0f MB%n", state, status.path("phase").asText(),
                        status.path("rowsRead").asLong(), status.path("bytesRead").asLong() / 1e6);
                Thread.sleep(2_000);
            }
        }
    }

    /** Precision and recall of each integrity rule on a period with every falsification injected. */
    record Precision(Map<RecordInjection, double[]> rules, long rows, long refused, int signedBeforeArrival) {

        static Precision measure(Api api, CountyNetworkData county, List<String> carriers, String code, Path work)
                throws IOException, InterruptedException {
            GeneratedRecords records = new RecordGenerator(county, carriers, 3).generate(LocalDate.of(2023, 3, 1),
                    28, EnumSet.allOf(RecordInjection.class), 0.001);
            Path first = work.resolve("injected-first.csv");
            Path second = work.resolve("injected-second.csv");
            write(records.first(), first);
            write(records.second(), second);
            Import stored = api.importFile(code, first, "IMPORT", true);
            api.importFile(code, second, "IMPORT", false);
            JsonNode report = api.get("/api/v1/counties/" + code + "/records/integrity?from=2023-02-28&to=2023-04-02");
            Map<RecordInjection, double[]> rules = new java.util.EnumMap<>(RecordInjection.class);
            for (JsonNode rule : report.path("rules")) {
                RecordInjection injection;
                try {
                    injection = RecordInjection.valueOf(rule.path("rule").asText());
                } catch (IllegalArgumentException e) {
                    continue;
                }
                Set<String> found = new HashSet<>();
                rule.path("findings").forEach(f -> f.path("waybills").forEach(w -> found.add(w.asText())));
                Set<String> injected = records.injected().get(injection);
                long hits = found.stream().filter(injected::contains).count();
                rules.put(injection, new double[] {found.size(), injected.size(), hits});
            }
            long refused = stored.status().path("batch").path("rejectedRows").asLong();
            return new Precision(rules, records.first().size(), refused,
                    records.injected().get(RecordInjection.SIGNED_BEFORE_ARRIVAL).size());
        }

        private static void write(List<DeliveryRecord> rows, Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file);
                    BufferedWriter writer = new BufferedWriter(new java.io.OutputStreamWriter(out,
                            StandardCharsets.UTF_8));
                    RecordCsv csv = new RecordCsv(writer)) {
                for (DeliveryRecord row : rows) {
                    csv.write(row);
                }
            }
        }
    }
}
