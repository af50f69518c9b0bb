package org.doudi.api.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.doudi.api.supervision.SupervisionFlag;

/**
 * A household's membership of a program after a grant (在册): what it is paid each month and its state.
 *
 * @param id                the enrolment id
 * @param householdId       the household
 * @param programId         the program
 * @param caseId            the case whose grant created it
 * @param street            the household's street
 * @param monthlyAmount     yuan per month, from the decision's evaluation
 * @param startMonth        the first month paid
 * @param nextReview        the day the next periodic review (复审) is due
 * @param payeeAccount      the account paid to, masked
 * @param status            ACTIVE, SUSPENDED or TERMINATED
 * @param statusReason      why the status was last changed (null while active from the grant)
 * @param statusSince       the day the current status took effect
 * @param beneficiaryStatus the status as the DCI beneficiary registry names it: Active, Suspended, Deceased, Graduated
 * @param history           every status change, oldest first
 * @param version           optimistic-locking version
 * @param flags             what supervision flags on the household today (read-only, derived on every read: a member
 *                          on the dishonesty list, a registered close relative of staff, …); empty when none, and
 *                          always empty in a partner's view
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Enrolment(String id, String householdId, String programId, String caseId, String street,
        BigDecimal monthlyAmount, YearMonth startMonth, LocalDate nextReview, String payeeAccount,
        EnrolmentStatus status, TerminationReason statusReason, LocalDate statusSince, String beneficiaryStatus,
        List<EnrolmentChange> history, long version, List<SupervisionFlag> flags) {

    /** Freezes the flags; none when null. */
    public Enrolment {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** An enrolment without supervision flags (the form before flags existed). */
    public Enrolment(String id, String householdId, String programId, String caseId, String street,
            BigDecimal monthlyAmount, YearMonth startMonth, LocalDate nextReview, String payeeAccount,
            EnrolmentStatus status, TerminationReason statusReason, LocalDate statusSince, String beneficiaryStatus,
            List<EnrolmentChange> history, long version) {
        this(id, householdId, programId, caseId, street, monthlyAmount, startMonth, nextReview, payeeAccount, status,
                statusReason, statusSince, beneficiaryStatus, history, version, List.of());
    }

    /** The DCI beneficiary-registry status of an enrolment in {@code status} for {@code reason}. */
    public static String beneficiaryStatus(EnrolmentStatus status, TerminationReason reason) {
        switch (status) {
            case ACTIVE:
                return "Active";
            case SUSPENDED:
                return "Suspended";
            default:
                return reason == TerminationReason.DECEASED ? "Deceased" : "Graduated";
        }
    }
}
