package org.doudi.registry.internal.supervision.dishonesty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.doudi.api.supervision.DishonestyMonth;
import org.doudi.api.supervision.DishonestyRecord;
import org.doudi.api.supervision.DishonestyRecovery;
import org.doudi.registry.internal.entity.DishonestyRecordEntity;

/** Rows as the API's records: the balance and {@code listed} computed for today. */
final class DishonestyViews {

    private DishonestyViews() {
    }

    static BigDecimal due(DishonestyRecordEntity d) {
        return d.getOverpaidAmount().add(d.getFineAmount());
    }

    static BigDecimal outstanding(DishonestyRecordEntity d) {
        return due(d).subtract(d.getRecoveredAmount());
    }

    static DishonestyRecord of(DishonestyRecordEntity d, LocalDate today) {
        List<DishonestyMonth> months = d.getMonths().stream()
                .map(m -> new DishonestyMonth(m.getMonth(), m.getEnrolmentId(), m.getAmount())).toList();
        List<DishonestyRecovery> recoveries = d.getRecoveries().stream()
                .map(r -> new DishonestyRecovery(r.getNumber(), r.getAmount(), r.getOn(), r.getNote(),
                        r.getRecordedBy(), r.getRecordedAt().toInstant(ZoneOffset.UTC))).toList();
        List<String> terminated = d.getTerminatedEnrolments() == null || d.getTerminatedEnrolments().isEmpty()
                ? List.of() : Arrays.asList(d.getTerminatedEnrolments().split(","));
        return new DishonestyRecord(d.getId(), d.getIdNumber(), d.getName(), d.getHouseholdId(), d.getStreet(),
                d.getProgramId(), d.getKind(), d.getDecision(), d.getDecidedOn(), d.getOverpaidFrom(),
                d.getOverpaidTo(), months, d.getOverpaymentNote(), d.getOverpaidAmount(), d.getFineMultiple(), d.getFineAmount(), due(d),
                d.getRecoveredAmount(), outstanding(d), recoveries, terminated, DishonestyListing.listed(d, today),
                d.getListedUntil(), d.getLiftedOn(), d.getLiftReason(), d.getRecordedBy(),
                d.getRecordedAt().toInstant(ZoneOffset.UTC), d.getVersion());
    }
}
