package org.doudi.registry.internal.monitoring;

import org.doudi.api.DoudiException;
import org.doudi.api.monitoring.DispositionKind;
import org.doudi.api.monitoring.WarningStatus;
import org.doudi.registry.internal.entity.WarningEntity;

/**
 * Which workflow step a warning allows in each status: OPEN and ASSIGNED may be (re)assigned, verified or dismissed;
 * VERIFIED may be disposed (include, terminate, link to services) or dismissed; DISPOSED and DISMISSED are closed.
 * A step out of turn is a 409 that names the allowed ones.
 */
final class WarningSteps {
    private WarningSteps() {
    }

    static void requireAssignable(WarningEntity w) {
        if (w.getStatus() != WarningStatus.OPEN && w.getStatus() != WarningStatus.ASSIGNED) {
            throw illegal(w, "assigned");
        }
    }

    static void requireVerifiable(WarningEntity w) {
        if (w.getStatus() != WarningStatus.OPEN && w.getStatus() != WarningStatus.ASSIGNED) {
            throw illegal(w, "verified");
        }
    }

    static void requireDisposable(WarningEntity w, DispositionKind kind) {
        boolean ok = kind == DispositionKind.DISMISS ? w.getStatus().isOpen() : w.getStatus() == WarningStatus.VERIFIED;
        if (!ok) {
            throw illegal(w, kind == DispositionKind.DISMISS ? "dismissed" : "disposed as " + kind);
        }
    }

    static String allowed(WarningStatus status) {
        return switch (status) {
            case OPEN, ASSIGNED -> "assignment, verification, or disposition DISMISS";
            case VERIFIED -> "disposition INCLUDE_IN_ASSISTANCE, TERMINATE_ASSISTANCE, LINK_TO_SERVICES or DISMISS";
            case DISPOSED, DISMISSED -> "none (the warning is closed)";
        };
    }

    private static DoudiException illegal(WarningEntity w, String step) {
        return new DoudiException(409, "illegal-transition", "warning " + w.getId() + " is " + w.getStatus()
                + " and cannot be " + step + "; allowed now: " + allowed(w.getStatus()));
    }
}
