package org.doudi.program.temporaryrelief.internal;

import java.time.LocalDate;
import org.doudi.api.records.ProgramRecord;

/**
 * A homeless or stranded person referred to a street or to the relief station. The ID number is kept masked; the
 * record carries its hash as a lookup key.
 *
 * @param id            the record's id
 * @param status        {@code REFERRED}, then {@code CLOSED} with an outcome
 * @param street        the street that backs the person, or null when routed to the station
 * @param routedTo      the street id or the relief station's name
 * @param routeReason   why it was routed there
 * @param name          the person's name as given
 * @param idNumber      the ID number, masked, or null
 * @param situation     homeless or stranded
 * @param foundAt       where found
 * @param foundOn       the day found
 * @param hukouShanghai Shanghai hukou
 * @param hukouStreet   the hukou street as given, or null
 * @param note          the note
 * @param referredBy    who referred
 * @param outcome       how it ended, or null
 * @param version       the record's version
 */
public record StationReferral(String id, String status, String street, String routedTo, String routeReason,
        String name, String idNumber, Situation situation, String foundAt, LocalDate foundOn, Boolean hukouShanghai,
        String hukouStreet, String note, String referredBy, Outcome outcome, long version) {

    /**
     * How the referral ended.
     *
     * @param outcome    the outcome
     * @param on         the day
     * @param note       what was done
     * @param recordedBy who recorded it
     */
    public record Outcome(ReferralOutcome outcome, LocalDate on, String note, String recordedBy) {
    }

    /** The record body. */
    record Body(String routedTo, String routeReason, String name, String idNumber, Situation situation,
            String foundAt, Boolean hukouShanghai, String hukouStreet, String note, String referredBy,
            Outcome outcome) {

        Body withOutcome(Outcome o) {
            return new Body(routedTo, routeReason, name, idNumber, situation, foundAt, hukouShanghai, hukouStreet,
                    note, referredBy, o);
        }
    }

    static StationReferral of(ProgramRecord r) {
        Body b = RecordBodies.read(r.body(), Body.class);
        return new StationReferral(r.id(), r.status(), r.street(), b.routedTo(), b.routeReason(), b.name(),
                b.idNumber(), b.situation(), b.foundAt(), r.eventDate(), b.hukouShanghai(), b.hukouStreet(), b.note(),
                b.referredBy(), b.outcome(), r.version());
    }
}
