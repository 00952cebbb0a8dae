package org.gongpei.service.calendar;

import jakarta.enterprise.context.ApplicationScoped;

/** Target-cost comparisons as jobs. */
@ApplicationScoped
public class TargetCostJobKind extends WeekJobKind {

    public TargetCostJobKind() {
        super(CalendarKind.TARGET_COST);
    }
}
