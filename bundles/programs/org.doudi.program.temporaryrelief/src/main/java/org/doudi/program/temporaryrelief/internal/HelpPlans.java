package org.doudi.program.temporaryrelief.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.security.Caller;

/**
 * One household, one plan (一户一策): each household has at most one help plan, written whole; a change names the
 * version it was based on (optimistic concurrency, 412 when the plan changed meanwhile). A plan belongs to the
 * household's current street: reads and listings look the household up, so after a move the new street sees the
 * plan and the old one does not; the next write rewrites the street kept in the record.
 */
final class HelpPlans {
    static final String OPEN = "OPEN";
    static final String DONE = "DONE";
    static final int MAX_ACTIONS = 100;
    /** Records read at a time when listing. */
    private static final int BATCH = 1000;

    /**
     * A plan as written.
     *
     * @param plan    the plan
     * @param created true when this write created it
     */
    record Written(HelpPlan plan, boolean created) {
    }

    private final ProgramRecordStore store;
    private final HouseholdService households;
    private final LocalDate today;

    HelpPlans(ProgramRecordStore store, HouseholdService households, LocalDate today) {
        this.store = store;
        this.households = households;
        this.today = today;
    }

    /**
     * Creates the household's plan (no expected version) or replaces it (the version it was based on).
     *
     * @throws DoudiException 409 creating a second plan, 404 changing a plan that does not exist, 412 when stale
     */
    Written put(String householdId, Long expectedVersion, PlanRequest req, Caller caller) {
        Household h = Scope.household(households, householdId, caller); // another street's household: 404 first
        Violations.requireBody(req);
        validate(req);
        List<PlanAction> open = req.actions().stream().filter(a -> a.doneOn() == null).collect(Collectors.toList());
        LocalDate nextDue = open.stream().map(PlanAction::due).min(LocalDate::compareTo).orElse(null);
        RecordDraft draft = new RecordDraft(RecordKinds.PLAN, h.id(), h.street(), open.isEmpty() ? DONE : OPEN, null,
                nextDue, null, List.of(), RecordBodies.write(new HelpPlan.Body(req.goal().strip(), req.actions())));
        WriteContext ctx = WriteContext.of(caller.name(), "help plan of household " + h.id());
        if (expectedVersion == null) {
            ProgramRecord r = store.create(TemporaryReliefProgram.ID, draft, reader -> reader
                    .find(RecordQuery.ofKind(RecordKinds.PLAN).withHousehold(h.id())).stream().findFirst()
                    .ifPresent(HelpPlans::refuseSecond), "HELP_PLAN_CREATED", ctx);
            return new Written(HelpPlan.of(r, today), true);
        }
        ProgramRecord existing = find(h.id()).orElseThrow(() -> DoudiException.notFound("help plan of household "
                + h.id()));
        ProgramRecord r = store.update(TemporaryReliefProgram.ID, existing.id(), expectedVersion, draft,
                RecordGuard.NONE, "HELP_PLAN_CHANGED", ctx);
        return new Written(HelpPlan.of(r, today), false);
    }

    HelpPlan get(String householdId, Caller caller) {
        Household h = Scope.household(households, householdId, caller);
        return find(h.id()).map(r -> HelpPlan.of(r, h.street(), today))
                .orElseThrow(() -> DoudiException.notFound("help plan of household " + h.id()));
    }

    /**
     * Plans by the household's current street; {@code overdue} lists those with an action not done past its due
     * day. The street kept in a record may be stale (the household moved since the last write), so the records
     * are read without a street filter and each is placed by its household as it is now.
     */
    Page<HelpPlan> list(String street, boolean overdue, Paging paging, Caller caller) {
        String filter = Scope.streetFilter(caller, street);
        List<HelpPlan> visible = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<ProgramRecord> found = store.find(TemporaryReliefProgram.ID, new RecordQuery(RecordKinds.PLAN, null,
                    null, overdue ? OPEN : null, null, null, null, overdue ? today : null, page, BATCH));
            for (ProgramRecord r : found.items()) {
                String current = currentStreet(r);
                if ((filter == null || filter.equals(current)) && caller.maySee(current)) {
                    visible.add(HelpPlan.of(r, current, today));
                }
            }
            if (found.items().size() < BATCH || (long) (page + 1) * BATCH >= found.total()) {
                break;
            }
        }
        List<HelpPlan> items = visible.stream().skip((long) paging.page() * paging.size()).limit(paging.size())
                .collect(Collectors.toList());
        return new Page<>(items, paging.page(), paging.size(), visible.size());
    }

    /** The street the plan's household belongs to now; the record's own when the household is gone. */
    private String currentStreet(ProgramRecord plan) {
        return households.find(plan.householdId()).map(Household::street).orElse(plan.street());
    }

    private Optional<ProgramRecord> find(String householdId) {
        return store.find(TemporaryReliefProgram.ID, RecordQuery.ofKind(RecordKinds.PLAN).withHousehold(householdId))
                .items().stream().findFirst();
    }

    private static void refuseSecond(ProgramRecord plan) {
        throw DoudiException.conflict("household " + plan.householdId() + " already has help plan " + plan.id()
                + " (version " + plan.version() + "): one household, one plan; change it with PUT and If-Match: \""
                + plan.version() + "\"");
    }

    private void validate(PlanRequest req) {
        Violations v = new Violations();
        v.required("goal", req.goal());
        v.maxLength("goal", req.goal(), 2000);
        if (req.actions() == null || req.actions().isEmpty()) {
            v.add("actions", "required", "a plan has at least one action");
        } else if (req.actions().size() > MAX_ACTIONS) {
            v.add("actions", "maxItems", "a plan has at most " + MAX_ACTIONS + " actions, was "
                    + req.actions().size());
        } else {
            for (int i = 0; i < req.actions().size(); i++) {
                PlanAction a = req.actions().get(i);
                String at = "actions[" + i + "]";
                if (!v.required(at, a)) {
                    continue;
                }
                v.required(at + ".action", a.action());
                v.maxLength(at + ".action", a.action(), 500);
                v.required(at + ".owner", a.owner());
                v.maxLength(at + ".owner", a.owner(), 100);
                v.required(at + ".due", a.due());
                v.maxLength(at + ".outcome", a.outcome(), 2000);
                v.notAfter(at + ".doneOn", a.doneOn(), today);
            }
        }
        v.throwIfAny();
    }
}
