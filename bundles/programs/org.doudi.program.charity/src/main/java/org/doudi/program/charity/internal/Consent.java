package org.doudi.program.charity.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.doudi.api.records.ProgramRecord;

/**
 * A person's consent (知情同意) to one organisation, as the API shows it.
 *
 * @param id               the consent's id
 * @param householdId      the household
 * @param street           its street
 * @param personId         the consenting member
 * @param name             their name
 * @param idNumber         their ID number, masked
 * @param organisationId   the organisation
 * @param organisationName its name
 * @param scope            EXCHANGE, REFERRAL or BOTH
 * @param givenOn          the day it was signed
 * @param validUntil       its last valid day: {@code givenOn} plus {@code consentValidMonths} (in force that day),
 *                         minus one day, fixed and stored when the consent was given
 * @param evidence         where the signed form is
 * @param status           GIVEN (valid today), WITHDRAWN or EXPIRED, as of today
 * @param withdrawnOn      the day of its withdrawal, or null
 * @param withdrawalReason why, or null
 * @param createdBy        who recorded it
 * @param createdAt        when
 * @param version          the record's version
 */
public record Consent(String id, String householdId, String street, String personId, String name, String idNumber,
        String organisationId, String organisationName, ConsentScope scope, LocalDate givenOn, LocalDate validUntil,
        String evidence, String status, LocalDate withdrawnOn, String withdrawalReason, String createdBy,
        Instant createdAt, long version) {

    static final String GIVEN = "GIVEN";
    static final String WITHDRAWN = "WITHDRAWN";
    static final String EXPIRED = "EXPIRED";

    static Consent of(ProgramRecord r, LocalDate validUntil, LocalDate today) {
        ConsentBody b = RecordJson.read(r.body(), ConsentBody.class);
        String status = b.withdrawnOn() != null && !b.withdrawnOn().isAfter(today) ? WITHDRAWN
                : today.isAfter(validUntil) ? EXPIRED : GIVEN;
        return new Consent(r.id(), r.householdId(), r.street(), b.personId(), b.name(), b.idNumberMasked(),
                b.organisationId(), b.organisationName(), b.scope(), b.givenOn(), validUntil, b.evidence(), status,
                b.withdrawnOn(), b.withdrawalReason(), r.createdBy(), r.createdAt(), r.version());
    }

    /** True when this consent allows {@code purpose} on {@code day}. */
    boolean allows(ConsentScope purpose, LocalDate day) {
        return scope.covers(purpose) && !day.isBefore(givenOn) && !day.isAfter(validUntil)
                && (withdrawnOn == null || day.isBefore(withdrawnOn));
    }
}
