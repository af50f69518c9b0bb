package org.doudi.registry.internal.supervision.custody;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.doudi.api.casework.BankAccounts;
import org.doudi.api.supervision.CustodyRecord;
import org.doudi.registry.internal.entity.CustodyRecordEntity;
import org.doudi.registry.internal.supervision.relatives.StaffRelativeMatches;

/**
 * Custody records as the API shows them: the account masked, and the custodian checked against the staff members'
 * own ID numbers as registered now (so a staff member registering their ID number later is caught too).
 */
final class CustodyViews {

    private CustodyViews() {
    }

    static List<CustodyRecord> of(EntityManager em, List<CustodyRecordEntity> records) {
        Map<String, String> staff = StaffRelativeMatches.owners(em, records.stream()
                .map(CustodyRecordEntity::getCustodianIdNumber).collect(Collectors.toSet()));
        return records.stream().map(c -> of(c, staff.get(c.getCustodianIdNumber()))).collect(Collectors.toList());
    }

    static CustodyRecord of(CustodyRecordEntity c, String custodianStaff) {
        return new CustodyRecord(c.getId(), c.getHouseholdId(), c.getStreet(), c.getPersonId(), c.getRecipientName(),
                c.getRecipientIdNumber(), c.getCustodianName(), c.getCustodianIdNumber(), c.getCustodianRelation(),
                custodianStaff != null, custodianStaff, c.getItem(), BankAccounts.mask(c.getAccount()), c.getSince(),
                c.getReason(), c.getConsentBy(), c.getConsentName(), c.getConsentOn(), c.getEndedOn() == null,
                c.getEndedOn(), c.getEndReason(), c.getRecordedBy(), c.getRecordedAt().toInstant(ZoneOffset.UTC),
                c.getVersion());
    }
}
