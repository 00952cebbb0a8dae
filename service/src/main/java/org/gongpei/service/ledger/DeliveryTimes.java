package org.gongpei.service.ledger;

import org.gongpei.service.ledger.RecordCompliance.Figures;

/**
 * The delivery times (centre intake to station) of a set of parcels, counted in the buckets of
 * {@code record_tally}: a quarter of an hour up to 24 h, a whole hour up to 720 h, one bucket beyond. Every whole
 * hour is a bucket edge, so the parcels within a whole-hour target are counted exactly; the median and the 95th
 * percentile are PostgreSQL's {@code percentile_cont} over times spread evenly within their bucket, so they are
 * within one bucket (15 min up to 24 h, 1 h beyond) of the same percentile over the exact times.
 */
final class DeliveryTimes {

    /** Buckets: 0 (a time of zero), 1–96 quarters of an hour, 97–792 whole hours, 793 beyond 720 h. */
    static final int BUCKETS = 794;
    private static final int QUARTERS = 96;
    private static final int LAST_HOUR = 720;

    /** The bucket of a time in seconds, in SQL, for the seconds' expression. */
    static String bucketSql(String seconds) {
        String s = "(" + seconds + ")";
        return "(case when " + s + " <= 0 then 0 when " + s + " <= 86400 then ceil(" + s + " / 900.0)"
                + " when " + s + " <= 2592000 then 96 + ceil((" + s + " - 86400) / 3600.0) else 793 end)::smallint";
    }

    /** The bucket of a time in microseconds: {@link #bucketSql} in Java, in whole numbers so that both agree. */
    static int bucket(long micros) {
        if (micros <= 0) {
            return 0;
        }
        if (micros <= 86_400_000_000L) {
            return (int) Math.ceilDiv(micros, 900_000_000L);
        }
        if (micros <= 2_592_000_000_000L) {
            return QUARTERS + (int) Math.ceilDiv(micros - 86_400_000_000L, 3_600_000_000L);
        }
        return 793;
    }

    private final long[] counts = new long[BUCKETS];
    private long parcels;
    private long complete;

    /** Adds parcels of a bucket, {@code complete} of them with every time and a vehicle. */
    void add(int bucket, long parcels, long complete) {
        counts[bucket] += parcels;
        this.parcels += parcels;
        this.complete += complete;
    }

    void addAll(DeliveryTimes other) {
        for (int b = 0; b < BUCKETS; b++) {
            counts[b] += other.counts[b];
        }
        parcels += other.parcels;
        complete += other.complete;
    }

    long parcels() {
        return parcels;
    }

    long complete() {
        return complete;
    }

    /** @return the last bucket of the times within a whole-hour target (1–720 h) */
    static int lastBucketWithin(int targetHours) {
        return targetHours <= 24 ? targetHours * 4 : QUARTERS + targetHours - 24;
    }

    /** @return the lower edge of a bucket, hours */
    static double lower(int bucket) {
        if (bucket <= QUARTERS) {
            return Math.max(0, bucket - 1) / 4.0;
        }
        return Math.min(LAST_HOUR, bucket - 73);
    }

    /** @return the upper edge of a bucket, hours (720 for the times beyond) */
    static double upper(int bucket) {
        if (bucket <= QUARTERS) {
            return bucket / 4.0;
        }
        return Math.min(LAST_HOUR, bucket - 72);
    }

    Figures figures(int targetHours) {
        if (parcels == 0) {
            return new Figures(0, 0, 0, 0, 0);
        }
        long within = 0;
        int last = lastBucketWithin(targetHours);
        for (int b = 0; b <= last; b++) {
            within += counts[b];
        }
        return new Figures(parcels, within, (double) within / parcels, percentile(0.5), percentile(0.95));
    }

    /** Linear interpolation between the closest ranks, as {@code percentile_cont}. */
    private double percentile(double p) {
        double position = p * (parcels - 1);
        long lowerRank = (long) Math.floor(position);
        long upperRank = Math.min(lowerRank + 1, parcels - 1);
        double low = value(lowerRank);
        return low + (position - lowerRank) * (value(upperRank) - low);
    }

    /** @return the time of the parcel of 0-based rank {@code rank}, spread evenly within its bucket */
    private double value(long rank) {
        long before = 0;
        for (int b = 0; b < BUCKETS; b++) {
            long count = counts[b];
            if (rank < before + count) {
                double lower = lower(b);
                return lower + (upper(b) - lower) * ((rank - before) + 0.5) / count;
            }
            before += count;
        }
        throw new IllegalStateException("rank " + rank + " of " + parcels);
    }
}
