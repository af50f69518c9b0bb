package org.doudi.api.audit;

/**
 * The result of walking the audit hash chain.
 *
 * @param intact      true when every entry's hash matches its content and its predecessor
 * @param checked     entries checked
 * @param firstBroken id of the first entry that does not match, or null
 * @param message     what was found
 */
public record AuditVerification(boolean intact, long checked, Long firstBroken, String message) {
}
