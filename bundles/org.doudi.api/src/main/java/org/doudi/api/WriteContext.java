package org.doudi.api;

/**
 * Who is writing and why: recorded in the audit trail in the same transaction as the write.
 *
 * @param actor          the authenticated user name (or {@code system:<job>} for server work)
 * @param reason         why the change is made, as the user stated it; may be null (a default is recorded)
 * @param idempotencyKey the client's {@code Idempotency-Key}, or null
 * @param requestHash    a hash of the request body, to tell a retry from a different request under the same key
 */
public record WriteContext(String actor, String reason, String idempotencyKey, String requestHash) {

    /** A write by {@code actor} without idempotency. */
    public static WriteContext of(String actor, String reason) {
        return new WriteContext(actor, reason, null, null);
    }
}
