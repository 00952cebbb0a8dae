package org.gongpei.service.parity;

import java.util.List;
import java.util.Set;

import org.gongpei.planning.analysis.ParityOptions;

/**
 * The remote-area rule (边远地区) a result applied: villages at or beyond a road time by van from the county centre,
 * and villages declared remote by code. Parity, the calendar's compliance, the records' compliance, the evaluation
 * report and the indicators all take the county's rule unless the request gives its own; each measures road time
 * as it did before (the solved network, the calendar's planned villages, the road network's matrix).
 *
 * @param roadMinutes a village this many minutes or more from the centre is remote; 0 for no time rule
 * @param villageCodes villages remote whatever their road time
 * @param source where the rule comes from
 */
public record RemoteRule(double roadMinutes, List<String> villageCodes, Source source) {

    /**
     * The road time from which a village is remote when its county set none, minutes: the one default of parity,
     * compliance and the indicators ({@link ParityOptions#DEFAULT_REMOTE_ROAD_SECONDS}, an ASSUMPTION).
     */
    public static final int DEFAULT_ROAD_MINUTES = (int) (ParityOptions.DEFAULT_REMOTE_ROAD_SECONDS / 60);

    /** Where a rule comes from. */
    public enum Source {
        /** The county's setting ({@code /counties/{code}/remote-rule}). */
        COUNTY,
        /** The county has none: {@value RemoteRule#DEFAULT_ROAD_MINUTES} minutes, no list. */
        DEFAULT,
        /** Given in the request or query. */
        REQUEST
    }

    /** @throws IllegalArgumentException for a negative or not finite time */
    public RemoteRule {
        if (!(roadMinutes >= 0) || Double.isInfinite(roadMinutes)) {
            throw new IllegalArgumentException("A remote road time must be 0 or more minutes, was " + roadMinutes);
        }
        villageCodes = List.copyOf(villageCodes);
    }

    /** @return the default rule */
    public static RemoteRule byDefault() {
        return new RemoteRule(DEFAULT_ROAD_MINUTES, List.of(), Source.DEFAULT);
    }

    /** @return a rule given in a request: a road time only */
    public static RemoteRule requested(double roadMinutes) {
        return new RemoteRule(roadMinutes, List.of(), Source.REQUEST);
    }

    /** @return whether the rule makes no village remote */
    public boolean none() {
        return roadMinutes == 0 && villageCodes.isEmpty();
    }

    /**
     * @param roadMinutesFromCentre the village's road time from the centre, or null when unknown
     * @return whether the village is remote by this rule
     */
    public boolean remote(String villageCode, Double roadMinutesFromCentre) {
        return villageCodes.contains(villageCode) || roadMinutes > 0 && roadMinutesFromCentre != null
                && roadMinutesFromCentre >= roadMinutes;
    }

    /** @return the villages declared remote, as a set */
    public Set<String> listed() {
        return Set.copyOf(villageCodes);
    }
}
