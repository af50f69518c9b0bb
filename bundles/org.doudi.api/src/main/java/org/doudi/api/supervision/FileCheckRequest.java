package org.doudi.api.supervision;

/**
 * Draws the sample of a monthly file check: {@code POST /api/file-checks}.
 *
 * @param month         the month whose decided cases are sampled, {@code yyyy-MM} (required; a month that is over, i.e. before the current one)
 * @param sizePerStreet cases per street, 1 to 100 (the configured default when absent)
 * @param seed          the seed of the draw (a random one, SecureRandom, when absent; stored and shown with the check)
 * @param reason        why, for the audit trail (optional)
 */
public record FileCheckRequest(String month, Integer sizePerStreet, Long seed, String reason) {
}
