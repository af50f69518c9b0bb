package org.doudi.registry.internal.supervision.reconciliation;

import java.math.BigDecimal;
import org.doudi.api.supervision.FundPaymentStatus;

/**
 * A checked row of the fund platform's export.
 *
 * @param line      its CSV line
 * @param idNumber  the normalised ID number
 * @param programId the program
 * @param amount    yuan, two decimals
 * @param account   the account paid to, digits only (null when not given for a row that is not PAID)
 * @param status    the payment's outcome
 */
record FundPaymentRow(long line, String idNumber, String programId, BigDecimal amount, String account,
        FundPaymentStatus status) {

    boolean paid() {
        return status == FundPaymentStatus.PAID;
    }
}
