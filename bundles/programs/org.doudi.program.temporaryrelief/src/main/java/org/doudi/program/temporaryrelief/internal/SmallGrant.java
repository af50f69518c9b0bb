package org.doudi.program.temporaryrelief.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.doudi.api.records.ProgramRecord;

/**
 * A small-amount grant (小金额救助) as the API shows it.
 *
 * @param id             the grant's id
 * @param householdId    the household
 * @param street         the household's street
 * @param status         {@code REVIEW_DUE} until the follow-up review is recorded, then {@code REVIEWED}
 * @param overdue        true while the review is due and its due day has passed
 * @param amount         the amount the grant stands at, yuan: the amount granted, or the revised amount after a
 *                       review that revised it
 * @param grantedAmount  the amount granted, yuan
 * @param eventType      the kind of urgent event
 * @param eventDate      the day of the event
 * @param grantedOn      the grant day
 * @param reviewDueOn    the day the follow-up review is due
 * @param membersCovered the active members on the grant day
 * @param reason         the verified hardship
 * @param grantedBy      who granted
 * @param capPerPerson   the cap per person in force on the grant day, yuan
 * @param cap            the household's cap on the grant day, yuan
 * @param review         the follow-up review, or null
 * @param version        the record's version
 */
public record SmallGrant(String id, String householdId, String street, String status, boolean overdue,
        BigDecimal amount, BigDecimal grantedAmount, EventType eventType, LocalDate eventDate, LocalDate grantedOn, LocalDate reviewDueOn,
        List<CoveredMember> membersCovered, String reason, String grantedBy, BigDecimal capPerPerson, BigDecimal cap,
        Review review, long version) {

    static SmallGrant of(ProgramRecord r, LocalDate today) {
        SmallGrantBody b = RecordBodies.read(r.body(), SmallGrantBody.class);
        boolean overdue = SmallGrants.REVIEW_DUE.equals(r.status()) && r.dueDate() != null
                && r.dueDate().isBefore(today);
        BigDecimal granted = b.grantedAmount() != null ? b.grantedAmount() : r.amount();
        return new SmallGrant(r.id(), r.householdId(), r.street(), r.status(), overdue, r.amount(), granted,
                b.eventType(),
                r.eventDate(), b.grantedOn(), r.dueDate(), b.membersCovered(), b.reason(), b.grantedBy(),
                b.capPerPerson(), b.cap(), b.review(), r.version());
    }
}
