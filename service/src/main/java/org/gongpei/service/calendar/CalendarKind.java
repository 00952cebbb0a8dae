package org.gongpei.service.calendar;

/** What a calendar job computes. */
public enum CalendarKind {
    /** One weekly service calendar for a target. */
    CALENDAR,
    /** The same week planned for 24, 48 and 72 h and every village daily. */
    TARGET_COST
}
