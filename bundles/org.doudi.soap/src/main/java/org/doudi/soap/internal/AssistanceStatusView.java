package org.doudi.soap.internal;

import java.time.LocalDate;
import java.time.YearMonth;
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
 * it (an enrolment ended because the recipient died is DECEASED, any other end TERMINATED). For a person whose
 * membership ended because they died, the answer says so ({@code deceased}) and lists the enrolments that covered
 * them then, each DECEASED since the day they died. The ID number asked for is masked unless the caller's role needs
 * full numbers.
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

    /**
     * The answer for a person who died on {@code diedOn} as a member of household {@code householdId}: registered,
     * marked deceased, and every enrolment of the household that covered them on that day (granted from that month or
     * earlier, and not ended before the day) as DECEASED since the day they died.
     */
    static GetAssistanceStatusResponse deceased(String idNumber, String householdId, List<Enrolment> enrolments,
            LocalDate diedOn, Caller caller) {
        GetAssistanceStatusResponse r = new GetAssistanceStatusResponse();
        r.setRegistered(true);
        r.setHouseholdId(householdId);
        r.setIdNumber(shown(idNumber, caller));
        r.setDeceased(true);
        enrolments.stream().filter(e -> covered(e, diedOn)).map(e -> {
            ProgramEnrolment p = new ProgramEnrolment();
            p.setProgramId(e.programId());
            p.setStatus(ProgramStatus.DECEASED);
            p.setSince(XmlDates.of(diedOn));
            return p;
        }).forEach(r.getProgram()::add);
        return r;
    }

    /** True if the enrolment covered the household on {@code day}: granted by then, and not ended before it. */
    static boolean covered(Enrolment e, LocalDate day) {
        boolean granted = e.startMonth() == null || !e.startMonth().isAfter(YearMonth.from(day));
        boolean endedBefore = e.status() == EnrolmentStatus.TERMINATED && e.statusSince() != null
                && e.statusSince().isBefore(day);
        return granted && !endedBefore;
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
