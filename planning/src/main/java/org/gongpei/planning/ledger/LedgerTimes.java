package org.gongpei.planning.ledger;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads the times of a record file: ISO-8601 date and time, with an offset ({@code 2025-06-16T08:30:00+08:00},
 * {@code ...Z}) or without one, then in the county's zone (Asia/Shanghai by default); a space may stand for
 * the {@code T}, as spreadsheet exports write it. The common shape {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]} with
 * an optional {@code Z} or {@code ±HH:mm} is read digit by digit (a record file holds millions of times);
 * anything else goes through {@link DateTimeFormatter}'s ISO parsers.
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
        try {
            Instant fast = parseCommonShape(text);
            return fast != null ? fast : parseIso(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Instant parseCommonShape(String s) {
        int n = s.length();
        if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
                || s.charAt(13) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        if ((year | month | day | hour | minute) < 0) {
            return null;
        }
        int i = 16;
        int second = 0;
        int nanos = 0;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, i + 1, 2);
            if (second < 0) {
                return null;
            }
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && Character.isDigit(s.charAt(i))) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                    i++;
                }
                if (i == start) {
                    return null;
                }
                for (int k = i - start; k < 9; k++) {
                    nanos *= 10;
                }
            }
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        if (i == n) {
            return local.atZone(zone).toInstant();
        }
        ZoneOffset offset = offset(s, i);
        return offset == null ? null : local.toInstant(offset);
    }

    private static ZoneOffset offset(String s, int i) {
        int n = s.length();
        char sign = s.charAt(i);
        if ((sign == 'Z' || sign == 'z') && i + 1 == n) {
            return ZoneOffset.UTC;
        }
        if ((sign != '+' && sign != '-') || n - i != 6 || s.charAt(i + 3) != ':') {
            return null;
        }
        int hours = digits(s, i + 1, 2);
        int minutes = digits(s, i + 4, 2);
        if (hours < 0 || minutes < 0) {
            return null;
        }
        return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private Instant parseIso(String text) {
        String iso = text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11)
                : text;
        if (hasOffset(iso)) {
            return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        }
        return LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone).toInstant();
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
