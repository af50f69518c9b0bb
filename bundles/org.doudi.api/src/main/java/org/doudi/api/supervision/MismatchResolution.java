package org.doudi.api.supervision;

import java.time.Instant;

/**
 * How a mismatch was settled, and by whom.
 *
 * @param kind       how
 * @param note       what was done, as recorded
 * @param resolvedBy the user who recorded it
 * @param resolvedAt when it was recorded
 */
public record MismatchResolution(MismatchResolutionKind kind, String note, String resolvedBy, Instant resolvedAt) {
}
