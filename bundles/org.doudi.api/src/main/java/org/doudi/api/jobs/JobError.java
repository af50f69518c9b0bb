package org.doudi.api.jobs;

/**
 * One input row a job could not take: it was skipped, the rest went on.
 *
 * @param line   the line of the input file (1 = the header), or null when the input has no lines (JSON: the
 *               record's index, 0-based, is in {@code ref})
 * @param ref    what the row names (a household reference, a record index), or null
 * @param reason the field and the rule it broke, in words
 */
public record JobError(Long line, String ref, String reason) {
}
