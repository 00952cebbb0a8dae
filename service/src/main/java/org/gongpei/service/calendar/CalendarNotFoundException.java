package org.gongpei.service.calendar;

/** No calendar job of the asked kind with the id. */
public class CalendarNotFoundException extends RuntimeException {

    public CalendarNotFoundException(CalendarKind kind, long id) {
        super("No " + (kind == CalendarKind.CALENDAR ? "calendar" : "target-cost comparison") + " with id " + id);
    }
}
