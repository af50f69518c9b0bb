package org.doudi.program.temporaryrelief.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a small-grant record keeps in its JSON body (the store indexes household, street, status, event day, due
 * day, amount and the person keys itself).
 *
 * @param membersCovered the active members on the grant day
 * @param eventType      the kind of urgent event
 * @param reason         the verified hardship
 * @param grantedBy      who verified and granted
 * @param grantedOn      the grant day
 * @param grantedAmount  the amount granted, yuan; the record's amount is the amount the grant stands at (the
 *                       revised amount after a review that revised it); null in records written before it was kept
 * @param capPerPerson   the cap per person in force on the grant day, yuan
 * @param cap            the household's cap on the grant day, yuan
 * @param review         the follow-up review, once held
 */
record SmallGrantBody(List<CoveredMember> membersCovered, EventType eventType, String reason, String grantedBy,
        LocalDate grantedOn, BigDecimal grantedAmount, BigDecimal capPerPerson, BigDecimal cap, Review review) {

    SmallGrantBody withReview(Review r) {
        return new SmallGrantBody(membersCovered, eventType, reason, grantedBy, grantedOn, grantedAmount,
                capPerPerson, cap, r);
    }

    SmallGrantBody withGrantedAmount(BigDecimal amount) {
        return new SmallGrantBody(membersCovered, eventType, reason, grantedBy, grantedOn, amount, capPerPerson, cap,
                review);
    }
}
