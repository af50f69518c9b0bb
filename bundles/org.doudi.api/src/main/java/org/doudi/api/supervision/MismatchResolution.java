package org.doudi.api.supervision;

import java.time.Instant;

/**
 * How a mismatch was settled, and by whom.
 *
 * @param kind       how
 * @param note       what was done, as recorded
 * @param resolvedBy the user who recorded it
 * @param resolvedAt when it was recorded
 * @param carriedFrom null when recorded on this mismatch; otherwise the earlier reconciliation of the same month whose
 *                    identical mismatch (same kind, enrolment or ID number, amount) it was recorded on, and from
 *                    which a rerun carried it over ({@code resolvedBy} and {@code resolvedAt} are the original's)
 */
public record MismatchResolution(MismatchResolutionKind kind, String note, String resolvedBy, Instant resolvedAt,
        String carriedFrom) {
}
