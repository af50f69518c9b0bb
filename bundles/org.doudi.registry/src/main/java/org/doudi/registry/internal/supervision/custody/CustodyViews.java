package org.doudi.registry.internal.supervision.custody;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.doudi.api.casework.BankAccounts;
import org.doudi.api.supervision.CustodyRecord;
import org.doudi.api.supervision.StaffRelativeRelation;
import org.doudi.registry.internal.entity.CustodyRecordEntity;
import org.doudi.registry.internal.supervision.relatives.StaffRelativeMatches;

/**
 * Custody records as the API shows them: the account masked, and the custodian checked against the close-relative
 * registrations in force now (so a registration made later is caught too): a staff member's own ID number
 * ({@code SELF}: {@code custodianIsStaff}) or a staff member's registered close relative
 * ({@code custodianIsStaffRelative}), with the registration matched.
 */
final class CustodyViews {

    private CustodyViews() {
    }

    /** What the custodian's ID number matched: the staff member it is, the one it is a relative of, the registration. */
    record StaffMatch(String staff, String relativeOf, String registration) {
        static final StaffMatch NONE = new StaffMatch(null, null, null);

        static StaffMatch of(List<StaffRelativeMatches.Match> registrations) {
            if (registrations == null || registrations.isEmpty()) {
                return NONE;
            }
            StaffRelativeMatches.Match self = registrations.stream()
                    .filter(m -> m.relation() == StaffRelativeRelation.SELF).findFirst().orElse(null);
            StaffRelativeMatches.Match relative = registrations.stream()
                    .filter(m -> m.relation() != StaffRelativeRelation.SELF).findFirst().orElse(null);
            return new StaffMatch(self == null ? null : self.staff(), relative == null ? null : relative.staff(),
                    (self != null ? self : relative).registrationId());
        }

        /** "staff member alice (registration …)" or "a close relative (spouse) of alice (registration …)". */
        String alert(List<StaffRelativeMatches.Match> registrations) {
            StaffRelativeMatches.Match m = registrations.stream()
                    .filter(x -> x.registrationId().equals(registration)).findFirst().orElseThrow();
            return (m.relation() == StaffRelativeRelation.SELF ? "staff member " + m.staff()
                    : "a close relative (" + StaffRelativeMatches.words(m.relation()) + ") of staff member "
                            + m.staff()) + " (registration " + registration + ")";
        }
    }

    static List<CustodyRecord> of(EntityManager em, List<CustodyRecordEntity> records) {
        Map<String, List<StaffRelativeMatches.Match>> regs = StaffRelativeMatches.registrations(em, records.stream()
                .map(CustodyRecordEntity::getCustodianIdNumber).collect(Collectors.toSet()));
        return records.stream().map(c -> of(c, StaffMatch.of(regs.get(c.getCustodianIdNumber()))))
                .collect(Collectors.toList());
    }

    static CustodyRecord of(CustodyRecordEntity c, StaffMatch staff) {
        return new CustodyRecord(c.getId(), c.getHouseholdId(), c.getStreet(), c.getPersonId(), c.getRecipientName(),
                c.getRecipientIdNumber(), c.getCustodianName(), c.getCustodianIdNumber(), c.getCustodianRelation(),
                staff.staff() != null, staff.staff(), staff.relativeOf() != null, staff.relativeOf(),
                staff.registration(), c.getItem(), BankAccounts.mask(c.getAccount()), c.getSince(),
                c.getReason(), c.getConsentBy(), c.getConsentName(), c.getConsentOn(), c.getEndedOn() == null,
                c.getEndedOn(), c.getEndReason(), c.getRecordedBy(), c.getRecordedAt().toInstant(ZoneOffset.UTC),
                c.getVersion());
    }
}
