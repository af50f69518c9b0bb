package org.doudi.api.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doudi.api.supervision.SupervisionFlag;

/**
 * A warning (预警) raised by matching a partner's fact against the registry.
 *
 * @param id                 the warning id
 * @param type               the kind of fact behind it
 * @param severity           HIGH when a live enrolment pays on facts that may no longer hold
 * @param status             where it is in the workflow
 * @param suggestedAction    what the street should do
 * @param personId           the person it concerns
 * @param idNumber           their ID number (masked for roles that do not need it)
 * @param personName         their name
 * @param householdId        their household
 * @param street             the household's street
 * @param factDate           the date of the fact (death, contract start, registration …)
 * @param factKey            the fact's key value (employer, plate, property id …), or null
 * @param factAmount         the fact's amount in yuan, or null
 * @param facts              the fact in words, with the source department and period
 * @param enrolments         the live enrolments of the household when it was raised (program ids)
 * @param suspendedEnrolments enrolment ids suspended at once because of it (a reported death)
 * @param source             ours, the city platform's, or both
 * @param month              the comparison month that raised it
 * @param raisedAt           when it was raised
 * @param ageDays            days since it was raised (while open: how long it has waited)
 * @param assignedTo         the advisor it is routed to, or null
 * @param assignedStreet     the street it is routed to, or null
 * @param verification       the offline verification, or null
 * @param disposition        how it ended, or null
 * @param version            for optimistic locking of workflow steps
 * @param flags              what supervision flags on the household today (read-only, derived on every read: a
 *                           member on the dishonesty list, a registered close relative of staff, …); empty when none
 */
public record Warning(String id, FeedType type, WarningSeverity severity, WarningStatus status,
        SuggestedAction suggestedAction, String personId, String idNumber, String personName, String householdId,
        String street, LocalDate factDate, String factKey, BigDecimal factAmount, String facts,
        List<String> enrolments, List<String> suspendedEnrolments, WarningSource source, String month,
        Instant raisedAt, long ageDays, String assignedTo, String assignedStreet, WarningVerification verification,
        WarningDisposition disposition, long version, List<SupervisionFlag> flags) {

    /** Freezes the flags; none when null. */
    public Warning {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A warning without supervision flags (the form before flags existed). */
    public Warning(String id, FeedType type, WarningSeverity severity, WarningStatus status,
            SuggestedAction suggestedAction, String personId, String idNumber, String personName, String householdId,
            String street, LocalDate factDate, String factKey, BigDecimal factAmount, String facts,
            List<String> enrolments, List<String> suspendedEnrolments, WarningSource source, String month,
            Instant raisedAt, long ageDays, String assignedTo, String assignedStreet, WarningVerification verification,
            WarningDisposition disposition, long version) {
        this(id, type, severity, status, suggestedAction, personId, idNumber, personName, householdId, street,
                factDate, factKey, factAmount, facts, enrolments, suspendedEnrolments, source, month, raisedAt, ageDays,
                assignedTo, assignedStreet, verification, disposition, version, List.of());
    }
}
