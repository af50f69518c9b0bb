package org.doudi.dci.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.Warning;
import org.doudi.api.monitoring.WarningQuery;
import org.doudi.api.monitoring.WarningService;
import org.doudi.api.monitoring.WarningStatus;

/**
 * Reads the death warnings through {@link WarningService#search}, which lists one status by raising time and id: the
 * newest are at the end, so each status is read backwards, page by page, down to the first warning raised before the
 * time asked for. Statuses are read in workflow order (open, assigned, verified, then closed): a warning only moves
 * forward, so one that changes status while it is read is found under its new status.
 */
final class DeathWarnings {
    static final int PAGE = 100;

    private final WarningService warnings;

    DeathWarnings(WarningService warnings) {
        this.warnings = warnings;
    }

    /** How many death warnings there are (none is ever deleted, so a new one always changes it). */
    long total() {
        return warnings.search(query(null, 0, 1)).total();
    }

    /** How many death warnings each status has, in {@link WarningStatus} order. */
    List<Long> totals() {
        List<Long> out = new ArrayList<>();
        for (WarningStatus s : WarningStatus.values()) {
            out.add(warnings.search(query(s, 0, 1)).total());
        }
        return out;
    }

    /** The latest raising time of a death warning, or null when there is none. */
    Instant latest() {
        Instant latest = null;
        for (WarningStatus s : WarningStatus.values()) {
            long n = warnings.search(query(s, 0, 1)).total();
            if (n > 0) {
                List<Warning> last = warnings.search(query(s, (int) Math.min(Integer.MAX_VALUE, n - 1), 1)).items();
                for (Warning w : last) {
                    if (w.raisedAt() != null && (latest == null || w.raisedAt().isAfter(latest))) {
                        latest = w.raisedAt();
                    }
                }
            }
        }
        return latest;
    }

    /** The death warnings raised at {@code from} or later (every one when null), of every status. */
    List<Warning> raisedFrom(Instant from) {
        List<Warning> out = new ArrayList<>();
        for (WarningStatus s : WarningStatus.values()) {
            long n = warnings.search(query(s, 0, 1)).total();
            for (long page = (n - 1) / PAGE; n > 0 && page >= 0; page--) {
                List<Warning> items = warnings.search(query(s, (int) page, PAGE)).items();
                boolean older = items.isEmpty();
                for (Warning w : items) {
                    if (from != null && w.raisedAt() != null && w.raisedAt().isBefore(from)) {
                        older = true;
                    } else {
                        out.add(w);
                    }
                }
                if (older) {
                    break;
                }
            }
        }
        return out;
    }

    private static WarningQuery query(WarningStatus status, int page, int size) {
        return new WarningQuery(null, FeedType.DEATH, status, null, page, size);
    }
}
