package org.gongpei.planning.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * The canonical content of a record row and its SHA-256. The canonical form is the ten fields in column order,
 * each followed by the unit separator U+001F: texts as stored, {@code chilled} as {@code 1} or {@code 0}, times as
 * microseconds since the epoch (PostgreSQL's precision), absent values empty. Two rows with the same stored
 * content have the same digest on any machine.
 */
public final class RecordDigest {

    private static final char SEPARATOR = '\u001f';

    private RecordDigest() {
    }

    /** @return the canonical text of a row */
    public static String canonical(DeliveryRecord record) {
        StringBuilder text = new StringBuilder(160);
        field(text, record.waybill());
        field(text, record.carrier());
        field(text, record.villageCode());
        field(text, record.chilled() ? "1" : "0");
        time(text, record.receivedAtCentre());
        time(text, record.leftCentre());
        time(text, record.arrivedAtHub());
        time(text, record.arrivedAtStation());
        time(text, record.signedAt());
        field(text, record.vehicle());
        return text.toString();
    }

    /** @return the SHA-256 of the row's canonical text (UTF-8), 32 bytes */
    public static byte[] of(DeliveryRecord record) {
        return sha256().digest(canonical(record).getBytes(StandardCharsets.UTF_8));
    }

    /** @return a new SHA-256 digest */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** @return the instant cut to microseconds, as it is stored */
    public static Instant stored(Instant time) {
        return time == null ? null : Instant.ofEpochSecond(time.getEpochSecond(), time.getNano() / 1_000 * 1_000L);
    }

    private static void field(StringBuilder text, String value) {
        if (value != null) {
            text.append(value);
        }
        text.append(SEPARATOR);
    }

    private static void time(StringBuilder text, Instant time) {
        if (time != null) {
            text.append(time.getEpochSecond() * 1_000_000L + time.getNano() / 1_000);
        }
        text.append(SEPARATOR);
    }
}
