package org.doudi.program.charity.internal;

import java.time.LocalDate;

/**
 * The stored JSON of a {@code consent} record. The person's ID number is kept only masked here and as a SHA-256
 * lookup key; the full number stays in the household registry. {@code validUntil} is fixed when the consent is
 * given (also the record's due day): a later change of {@code consentValidMonths} does not change it.
 */
public record ConsentBody(String organisationId, String organisationName, String personId, String name,
        String idNumberMasked, ConsentScope scope, LocalDate givenOn, LocalDate validUntil, String evidence,
        LocalDate withdrawnOn, String withdrawalReason, String withdrawnBy) {

    ConsentBody withdrawn(LocalDate on, String reason, String by) {
        return new ConsentBody(organisationId, organisationName, personId, name, idNumberMasked, scope, givenOn,
                validUntil, evidence, on, reason, by);
    }

    ConsentBody withValidUntil(LocalDate day) {
        return new ConsentBody(organisationId, organisationName, personId, name, idNumberMasked, scope, givenOn, day,
                evidence, withdrawnOn, withdrawalReason, withdrawnBy);
    }
}
