package org.gongpei.benchmarks.ledger;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongpei.benchmarks.ledger.RecordLedgerBenchmark.Import;
import org.gongpei.benchmarks.ledger.RecordLedgerBenchmark.Precision;
import org.gongpei.planning.ledger.RecordInjection;

/** The benchmark's figures, printed as the Markdown tables of benchmarks/delivery-records.md. */
record Report(long rows, long csvBytes, double generateSeconds, Import csv, Import xlsx, long xlsxRows,
        List<Double> compliance, List<Double> partial, List<Double> remote, List<Double> integrity,
        Precision precision, long peakRssBytes, long peakHeapBytes, String jvm) {

    static void print(Report r) {
        System.out.printf(Locale.ROOT, "| measure | figure | target |%n|---|---:|---|%n");
        System.out.printf(Locale.ROOT, "| rows generated (Daming, %s) | %,d (%.0f MB CSV, %.0f s to write) | ~15 M |%n",
                "2025", r.rows, r.csvBytes / 1e6, r.generateSeconds);
        line("CSV upload (HTTP, streamed to disk)", r.csv.uploadSeconds(), r.csv.bytes() / 1e6 / r.csv.uploadSeconds(),
                "MB/s", "");
        line("CSV import job (read, check, hash, COPY, whole-file checks, tallies, commit)", r.csv.jobSeconds(),
                r.csv.rows() / r.csv.jobSeconds(), "rows/s", "≥ 150,000 rows/s");
        line("CSV upload + import", r.csv.uploadSeconds() + r.csv.jobSeconds(),
                r.csv.rows() / (r.csv.uploadSeconds() + r.csv.jobSeconds()), "rows/s", "");
        line(".xlsx import job (" + r.xlsxRows + " rows, 20 days: a sheet holds at most 1,048,575 rows)",
                r.xlsx.jobSeconds(), r.xlsx.rows() / r.xlsx.jobSeconds(), "rows/s", "");
        System.out.printf(Locale.ROOT, "| service JVM %s: peak heap in use (GC log) / peak RSS | %.0f MB / %.0f MB |"
                + " heap ≤ 512 MB |%n", r.jvm, r.peakHeapBytes / 1e6, r.peakRssBytes / 1e6);
        spread("compliance, year 2025 (whole months: tallies)", r.compliance, "≤ 2 s");
        spread("compliance, year 2025 with remoteMinutes=40", r.remote, "≤ 2 s");
        spread("compliance, 2025-03-10 … 2025-04-10 (partial months: rows)", r.partial, "");
        spread("integrity checks, year 2025", r.integrity, "≤ 60 s");
        System.out.printf(Locale.ROOT, "%n| integrity rule | injected | found | true | precision | recall |%n"
                + "|---|---:|---:|---:|---:|---:|%n");
        for (Map.Entry<RecordInjection, double[]> rule : r.precision.rules().entrySet()) {
            double[] f = rule.getValue();
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.3f | %.3f |%n", rule.getKey(), f[1], f[0],
                    f[2], f[0] == 0 ? 0 : f[2] / f[0], f[1] == 0 ? 0 : f[2] / f[1]);
        }
        System.out.printf(Locale.ROOT, "| SIGNED_BEFORE_ARRIVAL (refused at import, acceptValid) | %d | %d refused |"
                + " | | %.3f |%n", r.precision.signedBeforeArrival(), r.precision.refused(),
                r.precision.signedBeforeArrival() == 0 ? 0 : (double) r.precision.refused()
                        / r.precision.signedBeforeArrival());
    }

    private static void line(String what, double seconds, double rate, String unit, String target) {
        System.out.printf(Locale.ROOT, "| %s | %.1f s, %,.0f %s | %s |%n", what, seconds, rate, unit, target);
    }

    private static void spread(String what, List<Double> times, String target) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        System.out.printf(Locale.ROOT, "| %s (%d calls) | median %.3f s (min %.3f, max %.3f) | %s |%n", what,
                sorted.length, median, sorted[0], sorted[sorted.length - 1], target);
    }
}
