package org.doudi.program.charity.internal;

/**
 * A consent (知情同意) to record: {@code POST /api/programs/charity/consents}.
 *
 * @param householdId    the household, required
 * @param idNumber       the consenting person's ID number: an active member of the household, required
 * @param organisationId the organisation the consent is given to, required
 * @param scope          {@code EXCHANGE}, {@code REFERRAL} or {@code BOTH}, required
 * @param givenOn        the day it was signed, {@code yyyy-MM-dd}, not in the future, required
 * @param evidence       where the signed form is (file number, scan reference), required, at most 500 characters
 */
public record ConsentRequest(String householdId, String idNumber, String organisationId, String scope,
        String givenOn, String evidence) {
}
