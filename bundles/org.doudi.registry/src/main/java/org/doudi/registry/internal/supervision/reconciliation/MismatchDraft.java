package org.doudi.registry.internal.supervision.reconciliation;

import java.math.BigDecimal;
import org.doudi.api.supervision.MismatchKind;

/**
 * A mismatch found, before it is numbered and stored; the fields are those of
 * {@link org.doudi.api.supervision.Mismatch}, with accounts and ID number in full.
 */
record MismatchDraft(MismatchKind kind, String street, String programId, String householdId, String enrolmentId,
        String idNumber, Long line, Long firstLine, BigDecimal rollAmount, BigDecimal paidAmount, BigDecimal amount,
        String rollAccount, String paidAccount, String detail) {

    MismatchDraft withIdNumber(String id) {
        return new MismatchDraft(kind, street, programId, householdId, enrolmentId, id, line, firstLine, rollAmount,
                paidAmount, amount, rollAccount, paidAccount, detail);
    }
}
