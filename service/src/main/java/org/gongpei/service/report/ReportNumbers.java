package org.gongpei.service.report;

import java.util.Locale;

/** How the PDF report prints shares and hours. */
final class ReportNumbers {

    private ReportNumbers() {
    }

    /** @return e.g. "97.3 %" */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** @return e.g. "26.5" */
    static String hours(double hours) {
        return String.format(Locale.ROOT, "%.1f", hours);
    }
}
