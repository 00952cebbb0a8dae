/**
 * The weekly service calendar: which weekdays each village is visited on (a {@link org.gongpei.solver.calendar.VisitPattern}
 * among those {@link org.gongpei.solver.calendar.PatternRules} allow for a delivery-time target), chosen by a small
 * Timefold model ({@link org.gongpei.solver.calendar.PatternChooser}), and an independent recomputation of every
 * parcel's planned age from the week's routes ({@link org.gongpei.solver.calendar.CalendarChecker}).
 */
package org.gongpei.solver.calendar;
