package org.gongpei.solver.calendar;

import java.util.List;

/**
 * Why a village's parcels cannot reach it within the target even with daily service: a code with its values, which
 * pages and sheets put in the reader's language, and the same in an English sentence for API users.
 *
 * @param code      {@code ROAD_TIME_OVER_TARGET} (arguments: road hours, target hours) or
 *                  {@code DAILY_VISITS_OVER_TARGET} (arguments: the worst arrival day, e.g. {@code SUNDAY}, the days
 *                  its parcels wait, their worst age in hours, the target in hours)
 * @param arguments the values, as text
 * @param text      the English sentence
 */
public record UnmetTarget(String code, List<String> arguments, String text) {

    public UnmetTarget {
        arguments = List.copyOf(arguments);
    }
}
