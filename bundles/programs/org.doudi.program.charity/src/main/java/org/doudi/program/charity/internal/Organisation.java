package org.doudi.program.charity.internal;

import java.time.Instant;
import org.doudi.api.records.ProgramRecord;

/**
 * A registered charity organisation (慈善组织).
 *
 * @param id                 the organisation's id
 * @param name               its registered name
 * @param registrationNumber its registration number, upper case
 * @param contact            contact person and telephone
 * @param note               remarks, or null
 * @param createdBy          who registered it
 * @param createdAt          when
 * @param version            the record's version
 */
public record Organisation(String id, String name, String registrationNumber, String contact, String note,
        String createdBy, Instant createdAt, long version) {

    static Organisation of(ProgramRecord r) {
        OrganisationRequest b = RecordJson.read(r.body(), OrganisationRequest.class);
        return new Organisation(r.id(), b.name(), b.registrationNumber(), b.contact(), b.note(), r.createdBy(),
                r.createdAt(), r.version());
    }
}
