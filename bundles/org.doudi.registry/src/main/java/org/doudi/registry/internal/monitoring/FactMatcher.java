package org.doudi.registry.internal.monitoring;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.WarningSource;

/**
 * Turns a fact about a registered person into a warning: which of the household's live enrolments cover them
 * decides severity and action ({@link WarningRules}); a death of a person an ACTIVE enrolment covers is marked for
 * suspension at once.
 */
final class FactMatcher {
    private static final int MAX_LIST = 500;

    private FactMatcher() {
    }

    static WarningDraft draft(FeedType type, FeedFact fact, RegisteredPerson person, RegistryLookup lookup,
            String factHash, String source, WarningSource by, String batchId, String month) throws SQLException {
        boolean covered = false;
        boolean paying = false;
        boolean activeCover = false;
        Set<String> programs = new LinkedHashSet<>();
        for (LiveEnrolment e : person.enrolments()) {
            programs.add(e.programId());
            if (lookup.covers(e, person.personId())) {
                covered = true;
                activeCover |= e.active();
                paying |= e.active() && e.cash();
            }
        }
        WarningRules.Assessment a = WarningRules.assess(type, covered, paying);
        String enrolments = programs.isEmpty() ? null : String.join(",", programs);
        if (enrolments != null && enrolments.length() > MAX_LIST) {
            enrolments = enrolments.substring(0, MAX_LIST);
        }
        return new WarningDraft(UUID.randomUUID().toString(), factHash, type, a.severity(), a.action(),
                person.personId(), fact.idNumber(), person.householdId(), person.street(), fact.date(), fact.key(),
                fact.amount(), FactWords.of(type, fact.date(), fact.key(), fact.amount(), fact.detail(), source),
                enrolments, type == FeedType.DEATH && activeCover, by, batchId, month);
    }
}
