package org.doudi.api.casework;

/**
 * An application to accept (受理): {@code POST /api/cases}.
 *
 * @param householdId               the applying household
 * @param programId                 the program applied for, e.g. {@code dibao}
 * @param acceptedOn                the day of acceptance ({@code yyyy-MM-dd}; today when absent); it does not count
 *                                  towards the deadline
 * @param creditCommitment          the applicant signed the credit commitment (信用告知承诺); required
 * @param verificationAuthorisation the applicant signed the authorisation for economic verification (核对授权书);
 *                                  required
 * @param agentName                 an agent or guardian acting for the applicant (代办人/监护人), if any
 * @param agentRelation             the agent's relation to the applicant, with {@code agentName}
 * @param payeeAccount              the bank account benefits are paid to (stored; shown masked)
 * @param reason                    a note for the audit trail
 */
public record CaseApplication(String householdId, String programId, String acceptedOn, Boolean creditCommitment,
        Boolean verificationAuthorisation, String agentName, String agentRelation, String payeeAccount,
        String reason) {
}
