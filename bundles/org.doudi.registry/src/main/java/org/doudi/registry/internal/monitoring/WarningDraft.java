package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.SuggestedAction;
import org.doudi.api.monitoring.WarningSeverity;
import org.doudi.api.monitoring.WarningSource;

/** A warning about to be raised (a new {@code warning} row, status OPEN). */
record WarningDraft(String id, String factHash, FeedType type, WarningSeverity severity, SuggestedAction action,
        String personId, String idNumber, String householdId, String street, LocalDate factDate, String factKey,
        BigDecimal factAmount, String facts, String enrolments, boolean suspensionDue, WarningSource source,
        String batchId, String month) {
}
