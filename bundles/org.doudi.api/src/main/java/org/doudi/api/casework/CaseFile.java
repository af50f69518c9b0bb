package org.doudi.api.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.supervision.SupervisionFlag;

/**
 * An application and everything that happened to it.
 *
 * @param id                        the case id
 * @param householdId               the household
 * @param programId                 the program applied for
 * @param street                    the household's street when the case was opened (for scoping and lists)
 * @param status                    where it stands
 * @param acceptedOn                the day of acceptance
 * @param deadline                  the day the decision is due (20 working days after acceptance, 45 when extended)
 * @param deadlineWorkingDays       20, or 45 once extended
 * @param deadlineProvisional       true while the deadline runs into a year whose holiday notice is not loaded
 * @param overdue                   no decision yet and today is after the deadline
 * @param extensionReason           why the deadline was extended, if it was
 * @param extensionNote             what was recorded with the extension
 * @param creditCommitment          the credit commitment was signed
 * @param verificationAuthorisation the verification authorisation was signed
 * @param agentName                 the agent or guardian, if any
 * @param agentRelation             the agent's relation to the applicant
 * @param payeeAccount              the payee account, masked
 * @param publicNoticeUntil         the last day of public notice, once it started
 * @param decidedOn                 the day of the decision (confirmation or refusal)
 * @param decision                  the program's evaluation the decision rests on
 * @param enrolmentId               the enrolment created by the grant
 * @param transitions               every step, oldest first
 * @param objections                the objections raised during public notice (公示异议), oldest first
 * @param appeals                   the reviews (复核) and administrative reconsiderations (行政复议) asked for
 *                                  against the decision, by number
 * @param version                   optimistic-locking version
 * @param createdAt                 when the case was recorded
 * @param flags                     what supervision flags on the household today (read-only, derived on every read:
 *                                  a member on the dishonesty list, a registered close relative of staff, …);
 *                                  empty when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseFile(String id, String householdId, String programId, String street, CaseStatus status,
        LocalDate acceptedOn, LocalDate deadline, int deadlineWorkingDays, boolean deadlineProvisional,
        boolean overdue, ExtensionReason extensionReason, String extensionNote, boolean creditCommitment,
        boolean verificationAuthorisation, String agentName, String agentRelation, String payeeAccount,
        LocalDate publicNoticeUntil, LocalDate decidedOn, ProgramDecision decision, String enrolmentId,
        List<CaseTransition> transitions, List<CaseObjection> objections, List<CaseAppeal> appeals, long version,
        Instant createdAt, List<SupervisionFlag> flags) {

    /** Freezes the flags; none when null. */
    public CaseFile {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A case without supervision flags (the form before flags existed). */
    public CaseFile(String id, String householdId, String programId, String street, CaseStatus status,
            LocalDate acceptedOn, LocalDate deadline, int deadlineWorkingDays, boolean deadlineProvisional,
            boolean overdue, ExtensionReason extensionReason, String extensionNote, boolean creditCommitment,
            boolean verificationAuthorisation, String agentName, String agentRelation, String payeeAccount,
            LocalDate publicNoticeUntil, LocalDate decidedOn, ProgramDecision decision, String enrolmentId,
            List<CaseTransition> transitions, List<CaseObjection> objections, List<CaseAppeal> appeals, long version,
            Instant createdAt) {
        this(id, householdId, programId, street, status, acceptedOn, deadline, deadlineWorkingDays, deadlineProvisional,
                overdue, extensionReason, extensionNote, creditCommitment, verificationAuthorisation, agentName,
                agentRelation, payeeAccount, publicNoticeUntil, decidedOn, decision, enrolmentId, transitions,
                objections, appeals, version, createdAt, List.of());
    }
}
