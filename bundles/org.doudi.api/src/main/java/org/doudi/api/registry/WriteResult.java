package org.doudi.api.registry;

/**
 * The outcome of an idempotent write.
 *
 * @param value    the record written (or written before, for a replay)
 * @param replayed true when the request repeated an earlier one with the same idempotency key
 */
public record WriteResult<T>(T value, boolean replayed) {
}
