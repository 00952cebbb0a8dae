package org.gongpei.solver.calendar;

import java.util.List;

/**
 * The visit patterns a village may have.
 *
 * @param allowed patterns meeting every rule, fewest visits first; when the target cannot be met, the one
 *        daily pattern the village gets anyway
 * @param unmet why the target cannot be met even with daily service, or null when it can
 */
public record PatternChoice(List<VisitPattern> allowed, UnmetTarget unmet) {

    public PatternChoice {
        allowed = List.copyOf(allowed);
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("A village needs at least one visit pattern.");
        }
    }

    static PatternChoice met(List<VisitPattern> allowed) {
        return new PatternChoice(allowed, null);
    }

    static PatternChoice unmet(VisitPattern daily, UnmetTarget reason) {
        return new PatternChoice(List.of(daily), reason);
    }

    /** @return whether some pattern meets the target */
    public boolean targetMet() {
        return unmet == null;
    }

    /** @return why the target cannot be met, in English, or null when it can */
    public String unmetReason() {
        return unmet == null ? null : unmet.text();
    }
}
