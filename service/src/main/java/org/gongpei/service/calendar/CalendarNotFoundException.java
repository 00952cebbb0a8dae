package org.gongpei.service.calendar;

import org.gongpei.service.job.JobNotFoundException;

/** No calendar job of the asked kind with the id. */
public class CalendarNotFoundException extends JobNotFoundException {

    public CalendarNotFoundException(CalendarKind kind, long id) {
        super("No " + (kind == CalendarKind.CALENDAR ? "calendar" : "target-cost comparison") + " with id " + id);
    }
}
