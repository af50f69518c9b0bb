package org.doudi.registry.internal.supervision.dishonesty;

import java.time.LocalDate;
import org.doudi.registry.internal.entity.DishonestyRecordEntity;

/**
 * Who is on the joint-punishment list (一处失信、处处受限) on a day: listed from the decision day until
 * {@code listedUntil} (inclusive), unless lifted — a listing lifted on a day no longer holds on that day.
 */
final class DishonestyListing {
    /** The JPQL condition on {@code d}, with the parameter {@code :today}. */
    static final String LISTED = "(d.decidedOn <= :today AND (d.listedUntil IS NULL OR d.listedUntil >= :today)"
            + " AND (d.liftedOn IS NULL OR d.liftedOn > :today))";

    private DishonestyListing() {
    }

    static boolean listed(DishonestyRecordEntity d, LocalDate today) {
        return !d.getDecidedOn().isAfter(today) && (d.getListedUntil() == null || !d.getListedUntil().isBefore(today))
                && (d.getLiftedOn() == null || d.getLiftedOn().isAfter(today));
    }
}
