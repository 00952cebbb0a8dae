package org.gongpei.planning.ledger;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Reads the times of a record file: ISO-8601 date and time, with an offset ({@code 2025-06-16T08:30:00+08:00},
 * {@code ...Z}) or without one, then in the county's zone (Asia/Shanghai by default); a space may stand for
 * the {@code T}, as spreadsheet exports write it.
 */
public final class LedgerTimes {

    /** The zone of times written without an offset. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ZoneId zone;

    /** @param zone the zone of times written without an offset */
    public LedgerTimes(ZoneId zone) {
        this.zone = zone;
    }

    /** @return the instant, or null when the text is no date and time */
    public Instant parse(String text) {
        String iso = text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11)
                : text;
        try {
            if (hasOffset(iso)) {
                return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            }
            return LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean hasOffset(String iso) {
        int time = iso.indexOf('T');
        if (time < 0) {
            return false;
        }
        for (int i = time + 1; i < iso.length(); i++) {
            char c = iso.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return true;
            }
        }
        return false;
    }
}
