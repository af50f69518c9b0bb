package org.doudi.registry.internal.supervision.dishonesty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.supervision.DishonestyLiftRequest;
import org.doudi.api.supervision.DishonestyRecoveryRequest;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.entity.DishonestyRecordEntity;
import org.doudi.registry.internal.entity.DishonestyRecoveryRow;

/** The later writes on a locked dishonesty record, in the caller's transaction, each audited: recovery, lifting. */
final class DishonestyRecoveries {
    private final EntityManager em;
    private final DoudiClock clock;

    DishonestyRecoveries(EntityManager em, DoudiClock clock) {
        this.em = em;
        this.clock = clock;
    }

    void recover(DishonestyRecordEntity d, DishonestyRecoveryRequest r, WriteContext ctx) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        LocalDate today = clock.today();
        List<FieldViolation> v = new ArrayList<>();
        BigDecimal outstanding = DishonestyViews.outstanding(d);
        BigDecimal amount = r.amount();
        if (amount == null) {
            v.add(new FieldViolation("amount", "required", "the amount recovered, yuan"));
        } else if (amount.signum() <= 0) {
            v.add(new FieldViolation("amount", "positive", "must be more than 0"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            v.add(new FieldViolation("amount", "scale", "at most two decimals (fen)"));
        } else if (amount.compareTo(outstanding) > 0) {
            v.add(new FieldViolation("amount", "notAboveOutstanding", "only " + outstanding.toPlainString()
                    + " is outstanding on record " + d.getId()));
        }
        LocalDate on = day(v, "on", r.on(), d, today);
        DishonestyChecks.text(v, "note", r.note(), false);
        DishonestyChecks.throwIfAny(v);
        int number = d.getRecoveries().size() + 1;
        BigDecimal paid = amount.setScale(2);
        d.getRecoveries().add(new DishonestyRecoveryRow(number, paid, on, r.note() == null ? null : r.note().strip(),
                ctx.actor(), now()));
        d.setRecoveredAmount(d.getRecoveredAmount().add(paid));
        d.setUpdatedAt(now());
        em.flush();
        AuditLog.append(em, clock.now(), ctx.actor(), "DISHONESTY_RECOVERY", DishonestyRecording.ENTITY, d.getId(),
                d.getVersion(), "recovery " + number + " of " + paid.toPlainString() + " received " + on
                        + "; recovered " + d.getRecoveredAmount().toPlainString() + " of "
                        + DishonestyViews.due(d).toPlainString() + ", outstanding "
                        + DishonestyViews.outstanding(d).toPlainString() + (r.note() == null ? "" : ": " + r.note()),
                null);
    }

    void lift(DishonestyRecordEntity d, DishonestyLiftRequest r, WriteContext ctx) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        LocalDate today = clock.today();
        if (d.getLiftedOn() != null) {
            throw new DoudiException(409, "listing-lifted", "the listing of record " + d.getId() + " was lifted on "
                    + d.getLiftedOn() + " by " + d.getLiftedBy());
        }
        if (d.getListedUntil() != null && d.getListedUntil().isBefore(today)) {
            throw new DoudiException(409, "listing-ended", "the listing of record " + d.getId() + " ended on "
                    + d.getListedUntil());
        }
        List<FieldViolation> v = new ArrayList<>();
        DishonestyChecks.text(v, "reason", r.reason(), true);
        LocalDate on = day(v, "on", r.on(), d, today);
        DishonestyChecks.throwIfAny(v);
        d.setLiftedOn(on);
        d.setLiftReason(r.reason().strip());
        d.setLiftedBy(ctx.actor());
        d.setUpdatedAt(now());
        em.flush();
        AuditLog.append(em, clock.now(), ctx.actor(), "DISHONESTY_LIFTED", DishonestyRecording.ENTITY, d.getId(),
                d.getVersion(), "listing since " + d.getDecidedOn() + " lifted on " + on + ": " + d.getLiftReason(),
                null);
    }

    /** A day between the decision and today (today when absent). */
    private static LocalDate day(List<FieldViolation> v, String field, String value, DishonestyRecordEntity d,
            LocalDate today) {
        LocalDate on = DishonestyChecks.date(v, field, value, today);
        if (on != null && (on.isBefore(d.getDecidedOn()) || on.isAfter(today))) {
            v.add(new FieldViolation(field, "range", "must be between the decision (" + d.getDecidedOn()
                    + ") and today (" + today + ")"));
            return null;
        }
        return on;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    }
}
