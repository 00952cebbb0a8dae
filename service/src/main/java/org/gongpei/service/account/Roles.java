package org.gongpei.service.account;

import java.util.List;

/** The four roles of gongpei; an admin may do everything, the others what their work needs. */
public final class Roles {

    /** Users, counties, road networks; every county. */
    public static final String ADMIN = "admin";
    /** Plans, real-time changes and route sheets of their counties. */
    public static final String CONTRACTOR = "contractor";
    /** Analyses, calendars and reports of their counties; reads plans. */
    public static final String BUREAU = "bureau";
    /** Delivery-record imports and evaluation reports; reads everything of their counties. */
    public static final String EVALUATOR = "evaluator";

    /** Every role, in the order the UI lists them. */
    public static final List<String> ALL = List.of(ADMIN, CONTRACTOR, BUREAU, EVALUATOR);

    private Roles() {
    }
}
