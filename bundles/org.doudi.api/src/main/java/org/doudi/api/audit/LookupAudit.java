package org.doudi.api.audit;

/**
 * Audits a lookup of a person by ID number that found no household (a partner asking about someone the registry
 * does not know): the entry names the SHA-256 of the ID number, never the number itself, so the trail shows who
 * asked about whom without holding the numbers of people who are not registered. A lookup that finds a household is
 * audited as a read of that household ({@link org.doudi.api.registry.HouseholdService#recordRead}).
 */
public interface LookupAudit {

    /**
     * Appends one entry to the audit trail in its own transaction: {@code actor} looked up the person whose ID number
     * has this digest for {@code purpose}, and no household was found.
     *
     * @param actor          who asked (the user name)
     * @param purpose        why, as stated by the caller (e.g. the operation)
     * @param idNumberDigest {@link org.doudi.api.Digests#sha256(String) Digests.sha256} of the normalized ID number:
     *                       64 lower-case hex characters (anything else is refused with an
     *                       {@link IllegalArgumentException}, so a plain ID number never reaches the trail)
     */
    void recordLookup(String actor, String purpose, String idNumberDigest);
}
