package org.doudi.registry.internal.monitoring;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.WarningSource;

/**
 * Turns a fact about a registered person into a warning: which of the household's live enrolments cover them
 * decides severity and action ({@link WarningRules}). A death is weighed per covering enrolment
 * ({@link DeathCoverage}): one that pays for nobody else alive is marked for suspension at once (if ACTIVE); one
 * that still pays for other members is named in the facts with the number of members it was computed for, to be
 * recalculated.
 */
final class FactMatcher {
    private static final int MAX_LIST = 500;

    private FactMatcher() {
    }

    static WarningDraft draft(FeedType type, FeedFact fact, RegisteredPerson person, RegistryLookup lookup,
            String factHash, String source, WarningSource by, String batchId, String month) throws SQLException {
        boolean covered = false;
        boolean paying = false;
        boolean ending = false;
        boolean endingActive = false;
        List<String> recalculate = new ArrayList<>();
        Set<String> programs = new LinkedHashSet<>();
        Set<String> active = null;
        for (LiveEnrolment e : person.enrolments()) {
            programs.add(e.programId());
            Set<String> persons = lookup.coveredPersons(e);
            if (persons != null && !persons.contains(person.personId())) {
                continue;
            }
            covered = true;
            paying |= e.active() && e.cash();
            if (type == FeedType.DEATH) {
                if (active == null) {
                    active = lookup.activeMembers(person.householdId());
                }
                if (DeathCoverage.endsWith(persons, active, person.personId())) {
                    ending = true;
                    endingActive |= e.active();
                } else {
                    recalculate.add(e.programId() + ": the benefit was computed for "
                            + DeathCoverage.paidFor(persons, active).size() + " members: recalculate");
                }
            }
        }
        WarningRules.Assessment a = type == FeedType.DEATH
                ? WarningRules.assessDeath(ending, !recalculate.isEmpty(), paying)
                : WarningRules.assess(type, covered, paying);
        String enrolments = programs.isEmpty() ? null : String.join(",", programs);
        if (enrolments != null && enrolments.length() > MAX_LIST) {
            enrolments = enrolments.substring(0, MAX_LIST);
        }
        String note = recalculate.isEmpty() ? null : String.join("; ", recalculate)
                + " (the death does not stop this enrolment; its confirmation ends the member only)";
        return new WarningDraft(UUID.randomUUID().toString(), factHash, type, a.severity(), a.action(),
                person.personId(), fact.idNumber(), person.householdId(), person.street(), fact.date(), fact.key(),
                fact.amount(), FactWords.of(type, fact.date(), fact.key(), fact.amount(), fact.detail(), source, note),
                enrolments, type == FeedType.DEATH && endingActive, by, batchId, month);
    }
}
