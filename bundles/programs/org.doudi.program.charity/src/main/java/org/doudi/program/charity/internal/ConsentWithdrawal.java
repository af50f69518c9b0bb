package org.doudi.program.charity.internal;

/**
 * A consent's withdrawal: {@code POST /api/programs/charity/consents/{id}/withdrawal}.
 *
 * @param on     the day it was withdrawn, {@code yyyy-MM-dd}, not before the consent was given nor in the future;
 *               from that day on the consent no longer allows anything
 * @param reason why, as stated, required, at most 500 characters
 */
public record ConsentWithdrawal(String on, String reason) {
}
