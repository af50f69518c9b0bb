package org.doudi.api.supervision;

/**
 * Draws the sample of a monthly file check: {@code POST /api/file-checks}.
 *
 * @param month         the month whose decided cases are sampled, {@code yyyy-MM} (required; not after this month)
 * @param sizePerStreet cases per street, 1 to 100 (the configured default when absent)
 * @param seed          the seed of the draw (the month as a number, e.g. 202410, when absent)
 * @param reason        why, for the audit trail (optional)
 */
public record FileCheckRequest(String month, Integer sizePerStreet, Long seed, String reason) {
}
