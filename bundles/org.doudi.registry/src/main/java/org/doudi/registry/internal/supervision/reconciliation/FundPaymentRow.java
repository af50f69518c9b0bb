package org.doudi.registry.internal.supervision.reconciliation;

import java.math.BigDecimal;
import org.doudi.api.supervision.FundPaymentStatus;

/**
 * A row of the fund platform's export: checked, or unreadable ({@code problem} set) and kept because it may be a
 * payment (its status is PAID or cannot be read). Of an unreadable row only the values that could be read are set.
 *
 * @param line      its CSV line
 * @param idNumber  the normalised ID number (null when unreadable)
 * @param programId the program (null when unreadable)
 * @param amount    yuan, two decimals (null when unreadable)
 * @param account   the account paid to, digits only (null when not given for a row that is not PAID, or unreadable)
 * @param status    the payment's outcome (null when unreadable)
 * @param problem   null for a checked row; otherwise what could not be read, in words
 */
record FundPaymentRow(long line, String idNumber, String programId, BigDecimal amount, String account,
        FundPaymentStatus status, String problem) {

    FundPaymentRow(long line, String idNumber, String programId, BigDecimal amount, String account,
            FundPaymentStatus status) {
        this(line, idNumber, programId, amount, account, status, null);
    }

    /** PAID, or (unreadable) perhaps PAID: its money is counted. */
    boolean paid() {
        return status == FundPaymentStatus.PAID || problem != null;
    }

    boolean unreadable() {
        return problem != null;
    }
}
