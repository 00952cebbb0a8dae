package org.gongpei.solver.daily.model;

/** Formats seconds since the day's origin as a time of day. */
public final class Clock {

    private Clock() {
    }

    /** @return {@code HH:mm}, with a "+1d" suffix after midnight */
    public static String format(long secondsSinceMidnight) {
        long minutes = secondsSinceMidnight / 60;
        String text = String.format("%02d:%02d", (minutes / 60) % 24, minutes % 60);
        return minutes >= 24 * 60 ? text + " +" + (minutes / (24 * 60)) + "d" : text;
    }
}
