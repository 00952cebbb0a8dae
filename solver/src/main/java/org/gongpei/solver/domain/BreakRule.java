package org.gongpei.solver.domain;

/**
 * A driver's break rule: after at most {@code maxDrivingSeconds} of driving the driver rests
 * {@code breakSeconds}. The break is taken at a stop (or at the depot) before the drive that would go beyond
 * the limit; waiting for a station to open and a reload at the depot count as the break when they last at
 * least {@code breakSeconds}.
 *
 * @param maxDrivingSeconds longest driving between two breaks
 * @param breakSeconds length of a break
 */
public record BreakRule(long maxDrivingSeconds, long breakSeconds) {

    private static final long UNLIMITED = Long.MAX_VALUE / 4;

    /** No break rule. */
    public static final BreakRule NONE = new BreakRule(UNLIMITED, UNLIMITED);

    public BreakRule {
        if (maxDrivingSeconds <= 0 || breakSeconds <= 0) {
            throw new IllegalArgumentException("A break rule needs a positive driving limit and break length.");
        }
    }

    /** @return the break taken before a drive of {@code legSeconds} after {@code drivingSeconds} without a break */
    public long breakBefore(long drivingSeconds, long legSeconds) {
        return drivingSeconds > 0 && drivingSeconds + legSeconds > maxDrivingSeconds ? breakSeconds : 0;
    }

    /**
     * @return the driving without a break after that drive; always 0 without a limit, so that under {@link #NONE} a
     *         change early in a route leaves the later stops' schedules as they were when their times do not move
     */
    public long drivingAfter(long drivingSeconds, long legSeconds) {
        if (maxDrivingSeconds >= UNLIMITED) {
            return 0;
        }
        return breakBefore(drivingSeconds, legSeconds) > 0 ? legSeconds : drivingSeconds + legSeconds;
    }

    /** @return the driving without a break after a pause (waiting or reloading) of this length */
    public long drivingAfterPause(long drivingSeconds, long pauseSeconds) {
        return pauseSeconds >= breakSeconds ? 0 : drivingSeconds;
    }

    /** @return seconds a drive of {@code legSeconds} goes beyond the limit after {@code drivingSeconds} */
    public long excessSeconds(long drivingSeconds, long legSeconds) {
        return Math.max(0, drivingAfter(drivingSeconds, legSeconds) - maxDrivingSeconds);
    }
}
