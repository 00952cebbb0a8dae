package org.gongpei.service.calendar;

import jakarta.inject.Inject;
import org.gongpei.service.job.JobKind;
import org.gongpei.service.job.JobProgress;
import org.gongpei.service.job.JobRecord;

/** Weekly calendars or target-cost comparisons as a job kind, planned by {@link CalendarJobs}. */
public abstract class WeekJobKind implements JobKind<String, CalendarView> {

    @Inject
    CalendarJobs calendars;

    private final CalendarKind kind;

    WeekJobKind(CalendarKind kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind == CalendarKind.CALENDAR ? "calendar" : "target-cost";
    }

    @Override
    public String label() {
        return kind == CalendarKind.CALENDAR ? "Calendar" : "Target-cost comparison";
    }

    @Override
    public Class<StoredCalendar> records() {
        return StoredCalendar.class;
    }

    @Override
    public boolean owns(JobRecord record) {
        return ((StoredCalendar) record).kind == kind;
    }

    @Override
    public CalendarView view(long id) {
        return calendars.view(id, kind);
    }

    @Override
    public String run(long id, JobProgress progress) {
        return calendars.run(kind, id, progress);
    }

    @Override
    public void store(JobRecord record, String result, boolean stoppedEarly) {
        CalendarJobs.store((StoredCalendar) record, result);
    }
}
