package org.gongpei.service.account;

/** What a path's {@code {id}} or {@code {code}} names, to find the county it belongs to. */
public enum ScopedObject {
    /** No county: the user's own account, users, audit; or a list filtered by the endpoint itself. */
    NONE,
    /** {@code {code}} is a county code. */
    COUNTY,
    /** {@code {id}} is a daily plan. */
    PLAN,
    /** {@code {id}} is a scenario analysis. */
    ANALYSIS,
    /** {@code {id}} is a weekly calendar. */
    CALENDAR,
    /** {@code {id}} is a target-cost comparison. */
    TARGET_COST,
    /** {@code {id}} is the import job of a record file. */
    RECORD_IMPORT,
    /** {@code {id}} is a county's road network (an upload or a cut and its import job). */
    ROAD_NETWORK
}
