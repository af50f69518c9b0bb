package org.doudi.registry.internal.casework;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.casework.BankAccounts;
import org.doudi.api.casework.CaseAppeal;
import org.doudi.api.casework.CaseFile;
import org.doudi.api.casework.CaseObjection;
import org.doudi.api.casework.CaseTransition;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentChange;
import org.doudi.api.supervision.SupervisionFlag;
import org.doudi.registry.internal.entity.CaseEntity;
import org.doudi.registry.internal.entity.EnrolmentEntity;

/**
 * Rows as the API's records: accounts masked, {@code overdue} (of cases and appeals) computed for today, a case
 * with the supervision flags on its household. Public for the supervision services, which read enrolments' payment
 * history as the payroll does.
 */
public final class CaseViews {

    private CaseViews() {
    }

    static CaseFile of(CaseEntity e, LocalDate today, List<SupervisionFlag> flags) {
        List<CaseTransition> steps = e.getTransitions().stream()
                .map(t -> new CaseTransition(t.getFrom(), t.getTo(), t.getOn(), t.getRecordedAt().toInstant(ZoneOffset.UTC),
                        t.getActor(), t.getReason(), t.getEvidence()))
                .collect(Collectors.toList());
        List<CaseObjection> objections = e.getObjections().stream()
                .map(o -> new CaseObjection(o.getRaisedOn(), o.getRaisedBy(), o.getContent(),
                        o.getRecordedAt().toInstant(ZoneOffset.UTC), o.getRecordedBy()))
                .collect(Collectors.toList());
        List<CaseAppeal> appeals = e.getAppeals().stream()
                .map(a -> new CaseAppeal(a.getNumber(), a.getKind(), a.getFiledOn(), a.getGrounds(), a.getDue(),
                        a.isDueProvisional(), Appeals.overdue(a, today), a.getOutcome(), a.getOutcomeOn(),
                        a.getOutcomeReason(), a.getRecordedBy()))
                .collect(Collectors.toList());
        boolean overdue = e.getStatus().awaitingDecision() && today.isAfter(e.getDeadline());
        return new CaseFile(e.getId(), e.getHouseholdId(), e.getProgramId(), e.getStreet(), e.getStatus(),
                e.getAcceptedOn(), e.getDeadline(), e.getDeadlineDays(), e.isDeadlineProvisional(), overdue,
                e.getExtensionReason(), e.getExtensionNote(), e.isCreditCommitment(), e.isVerificationAuthorisation(),
                e.getAgentName(), e.getAgentRelation(), BankAccounts.mask(e.getPayeeAccount()), e.getPublicNoticeUntil(),
                e.getDecidedOn(), DecisionJson.read(e.getDecision()), e.getEnrolmentId(), steps, objections, appeals,
                e.getVersion(), e.getCreatedAt().toInstant(ZoneOffset.UTC), flags);
    }

    /** The enrolment without supervision flags (for internal computations: the payroll, overpayments). */
    public static Enrolment of(EnrolmentEntity e) {
        return of(e, List.of());
    }

    /** The enrolment as the API shows it, with the supervision flags on its household today. */
    public static Enrolment of(EnrolmentEntity e, List<SupervisionFlag> flags) {
        List<EnrolmentChange> history = e.getChanges().stream()
                .map(c -> new EnrolmentChange(c.getStatus(), c.getReason(), c.getNote(), c.getOn(),
                        c.getRecordedAt().toInstant(ZoneOffset.UTC), c.getActor()))
                .collect(Collectors.toList());
        return new Enrolment(e.getId(), e.getHouseholdId(), e.getProgramId(), e.getCaseId(), e.getStreet(),
                e.getMonthlyAmount(), java.time.YearMonth.parse(e.getStartMonth()), e.getNextReview(),
                BankAccounts.mask(e.getPayeeAccount()), e.getStatus(), e.getStatusReason(), e.getStatusSince(),
                Enrolment.beneficiaryStatus(e.getStatus(), e.getStatusReason()), history, e.getVersion(), flags);
    }
}
