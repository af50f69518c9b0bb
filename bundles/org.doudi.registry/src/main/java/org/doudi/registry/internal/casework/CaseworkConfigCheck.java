package org.doudi.registry.internal.casework;

import java.util.ArrayList;
import java.util.List;

/** The ranges of the casework settings: a value out of range is never used (a deadline of -3 days means nothing). */
final class CaseworkConfigCheck {

    private CaseworkConfigCheck() {
    }

    /** What is wrong with {@code c}, attribute by attribute; empty when it can be used. */
    static List<String> problems(CaseworkConfig c) {
        List<String> p = new ArrayList<>();
        range(p, "decisionWorkingDays", c.decisionWorkingDays(), 1, 365);
        range(p, "extendedWorkingDays", c.extendedWorkingDays(), Math.max(1, c.decisionWorkingDays()), 365);
        range(p, "publicNoticeDays", c.publicNoticeDays(), 1, 60);
        range(p, "reviewWorkingDays", c.reviewWorkingDays(), 1, 365);
        range(p, "reconsiderationDays", c.reconsiderationDays(), 1, 365);
        range(p, "appealWindowDays", c.appealWindowDays(), 1, 3650);
        if (!(c.complexReviewFactor() > 0 && c.complexReviewFactor() <= 1)) {
            p.add("complexReviewFactor: " + c.complexReviewFactor() + " must be above 0 and at most 1");
        }
        return p;
    }

    private static void range(List<String> p, String name, int value, int min, int max) {
        if (value < min || value > max) {
            p.add(name + ": " + value + " must be " + min + " to " + max);
        }
    }
}
