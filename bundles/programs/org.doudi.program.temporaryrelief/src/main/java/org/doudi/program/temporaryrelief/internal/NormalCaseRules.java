package org.doudi.program.temporaryrelief.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.api.program.MemberFacts;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.registry.Household;

/**
 * The rules of a normal temporary-relief case (above the small-amount cap, decided case by case):
 * <ol>
 * <li>{@code active-members}: the household has at least one active member on the evaluation date;</li>
 * <li>{@code urgent-event}: an urgent event of the household is on record with an event date from
 * {@code urgentEventDays} before the evaluation date up to that date — an {@code urgent-event} record, or a small
 * grant whose review did not revoke it (the street's grant verified the event).</li>
 * </ol>
 * The record store is only read.
 */
final class NormalCaseRules {
    private final ProgramParameters parameters;
    private final ProgramRecordStore store;

    NormalCaseRules(ProgramParameters parameters, ProgramRecordStore store) {
        this.parameters = parameters;
        this.store = store;
    }

    List<RuleOutcome> eligibility(Household household, LocalDate asOf) {
        int days = parameters.intValueOn("urgentEventDays", asOf);
        List<RuleOutcome> out = new ArrayList<>();
        int members = MemberFacts.active(household, asOf).size();
        out.add(RuleOutcome.of("active-members", members > 0, members > 0
                ? members + (members == 1 ? " active member" : " active members") + " on " + asOf
                : "no active member on " + asOf, Map.of("activeMembers", members)));
        LocalDate from = asOf.minusDays(days);
        Optional<ProgramRecord> event = household.id() == null ? Optional.empty() : latestEvent(household.id(), from, asOf);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("urgentEventDays", days);
        figures.put("from", from);
        if (event.isPresent()) {
            ProgramRecord e = event.get();
            figures.put("eventRecord", e.id());
            figures.put("eventDate", e.eventDate());
            out.add(RuleOutcome.pass("urgent-event", "urgent event on record: " + e.kind() + " " + e.id() + " of "
                    + e.eventDate() + ", within " + days + " days before " + asOf + " (from " + from + ")", figures));
        } else {
            out.add(RuleOutcome.fail("urgent-event", "no urgent event on record for the household from " + from
                    + " to " + asOf + " (" + days + " days); record it first: POST /api/programs/"
                    + TemporaryReliefProgram.ID + "/urgent-events", figures));
        }
        return out;
    }

    private Optional<ProgramRecord> latestEvent(String householdId, LocalDate from, LocalDate to) {
        List<ProgramRecord> found = new ArrayList<>();
        found.addAll(find(RecordKinds.URGENT_EVENT, householdId, from, to));
        find(RecordKinds.SMALL_GRANT, householdId, from, to).stream().filter(NormalCaseRules::notRevoked)
                .forEach(found::add);
        return found.stream().max(Comparator.comparing(ProgramRecord::eventDate));
    }

    private List<ProgramRecord> find(String kind, String householdId, LocalDate from, LocalDate to) {
        return store.find(TemporaryReliefProgram.ID, new RecordQuery(kind, householdId, null, null, null, from, to,
                null, 0, 1000)).items();
    }

    private static boolean notRevoked(ProgramRecord grant) {
        Review r = RecordBodies.read(grant.body(), SmallGrantBody.class).review();
        return r == null || r.outcome() != ReviewOutcome.REVOKED;
    }
}
