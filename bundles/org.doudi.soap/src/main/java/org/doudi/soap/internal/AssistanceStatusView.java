package org.doudi.soap.internal;

import java.util.List;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.security.Caller;
import org.doudi.soap.internal.contract.GetAssistanceStatusResponse;
import org.doudi.soap.internal.contract.ProgramEnrolment;
import org.doudi.soap.internal.contract.ProgramStatus;

/**
 * The answer of {@code GetAssistanceStatus}: the household and, per enrolment, the program's status as partners name
 * it (an enrolment ended because the recipient died is DECEASED, any other end TERMINATED). The ID number asked for is
 * masked unless the caller's role needs full numbers.
 */
final class AssistanceStatusView {

    private AssistanceStatusView() {
    }

    /** The answer for a person no household has as a current member. */
    static GetAssistanceStatusResponse unregistered(String idNumber, Caller caller) {
        GetAssistanceStatusResponse r = new GetAssistanceStatusResponse();
        r.setRegistered(false);
        r.setIdNumber(shown(idNumber, caller));
        return r;
    }

    /** The answer for a person of household {@code householdId} with {@code enrolments}. */
    static GetAssistanceStatusResponse of(String idNumber, String householdId, List<Enrolment> enrolments,
            Caller caller) {
        GetAssistanceStatusResponse r = new GetAssistanceStatusResponse();
        r.setRegistered(true);
        r.setHouseholdId(householdId);
        r.setIdNumber(shown(idNumber, caller));
        enrolments.stream().map(AssistanceStatusView::program).forEach(r.getProgram()::add);
        return r;
    }

    /** The partners' status of an enrolment. */
    static ProgramStatus statusOf(EnrolmentStatus status, TerminationReason reason) {
        switch (status) {
            case ACTIVE:
                return ProgramStatus.ACTIVE;
            case SUSPENDED:
                return ProgramStatus.SUSPENDED;
            default:
                return reason == TerminationReason.DECEASED ? ProgramStatus.DECEASED : ProgramStatus.TERMINATED;
        }
    }

    private static ProgramEnrolment program(Enrolment e) {
        ProgramEnrolment p = new ProgramEnrolment();
        p.setProgramId(e.programId());
        p.setStatus(statusOf(e.status(), e.statusReason()));
        p.setSince(XmlDates.of(e.statusSince()));
        return p;
    }

    private static String shown(String idNumber, Caller caller) {
        return caller.seesFullIdNumbers() ? idNumber : ResidentIdNumber.mask(idNumber);
    }
}
