package org.gongpei.service.calendar;

import jakarta.enterprise.context.ApplicationScoped;

/** Weekly service calendars as jobs. */
@ApplicationScoped
public class CalendarJobKind extends WeekJobKind {

    public CalendarJobKind() {
        super(CalendarKind.CALENDAR);
    }
}
