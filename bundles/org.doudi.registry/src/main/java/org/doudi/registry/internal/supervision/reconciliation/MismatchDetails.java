package org.doudi.registry.internal.supervision.reconciliation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.casework.BankAccounts;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentChange;
import org.doudi.api.casework.PayrollLine;

/** What a mismatch is, in words: amounts in yuan, accounts masked, never an ID number. */
final class MismatchDetails {

    private MismatchDetails() {
    }

    static String twice(FundPaymentRow row, long firstLine) {
        return "paid " + yuan(row) + " again for " + row.programId() + ": the first PAID row is on line " + firstLine;
    }

    static String deadPerson(FundPaymentRow row, LocalDate died) {
        return "paid " + yuan(row) + " to a person who died on " + died;
    }

    static String amount(FundPaymentRow row, PayrollLine line) {
        int sign = row.amount().compareTo(line.amount());
        return "paid " + yuan(row) + ", the roll pays " + line.amount().toPlainString() + " ("
                + row.amount().subtract(line.amount()).abs().toPlainString()
                + (sign > 0 ? " too much)" : " too little)");
    }

    static String account(FundPaymentRow row, PayrollLine line) {
        return "paid to account " + BankAccounts.mask(row.account()) + (line.payeeAccount() == null
                ? "; the enrolment has no payee account on record"
                : ", the payee account is " + BankAccounts.mask(line.payeeAccount()));
    }

    static String offRoll(FundPaymentRow row, Membership m, Enrolment e, EnrolmentChange status, YearMonth month) {
        String paid = "paid " + yuan(row) + " for " + row.programId() + " " + month + "; ";
        if (m == null) {
            return paid + "the ID number is not in the registry";
        }
        if (e == null) {
            return paid + "the household has no " + row.programId() + " enrolment paying in " + month;
        }
        if (status == null) {
            return paid + "the enrolment starts in " + e.startMonth();
        }
        switch (status.status()) {
            case TERMINATED:
                return paid + "the enrolment was terminated on " + status.on() + " (" + status.reason() + ")";
            case SUSPENDED:
                return paid + "the enrolment was suspended on " + status.on() + " (" + status.reason() + ")";
            default:
                return paid + "the enrolment pays no money (a recognition without cash)";
        }
    }

    static String unreadable(FundPaymentRow row) {
        String amount = row.amount() == null ? "an amount that cannot be read" : row.amount().toPlainString();
        return (row.status() == null ? "a row of unreadable status for " : "paid ") + amount
                + (row.programId() == null ? "" : " for " + row.programId()) + ", not reconciled: " + row.problem();
    }

    static String notPaid(PayrollLine l, List<FundPaymentRow> otherRows) {
        String base = "on the roll for " + l.amount().toPlainString() + "; no PAID row";
        if (otherRows.isEmpty()) {
            return base;
        }
        return base + " (" + otherRows.stream().map(r -> r.status() + " on line " + r.line())
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String yuan(FundPaymentRow row) {
        return row.amount().toPlainString();
    }
}
