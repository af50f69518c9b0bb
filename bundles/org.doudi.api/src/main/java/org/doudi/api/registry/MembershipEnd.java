package org.doudi.api.registry;

import java.time.LocalDate;

/**
 * The end of a membership: a death, a move out.
 *
 * @param endedOn   the date the person left (not in the future)
 * @param endReason why
 * @param reason    free text for the audit trail
 */
public record MembershipEnd(LocalDate endedOn, EndReason endReason, String reason) {
}
