package org.gongpei.solver.calendar;

import java.time.DayOfWeek;

/**
 * A service day and the parcels the fleet can deliver on it.
 *
 * @param day the weekday
 * @param parcelCapacity parcels the fleet's delivery vehicles carry in a day
 */
public record CalendarDay(DayOfWeek day, int parcelCapacity) {
}
