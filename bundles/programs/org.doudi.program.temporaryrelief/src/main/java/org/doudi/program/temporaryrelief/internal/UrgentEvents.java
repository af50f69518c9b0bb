package org.doudi.program.temporaryrelief.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.program.MemberFacts;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.security.Caller;

/**
 * Urgent events on record (突发事件登记): what a normal temporary-relief case rests on. An event older than
 * {@code urgentEventDays} (in force today) could not ground a case and is refused.
 */
final class UrgentEvents {
    static final String RECORDED = "RECORDED";

    private final ProgramRecordStore store;
    private final HouseholdService households;
    private final ProgramParameters parameters;
    private final LocalDate today;

    UrgentEvents(ProgramRecordStore store, HouseholdService households, ProgramParameters parameters,
            LocalDate today) {
        this.store = store;
        this.households = households;
        this.parameters = parameters;
        this.today = today;
    }

    UrgentEvent record(UrgentEventRequest req, Caller caller) {
        Violations.requireBody(req);
        Violations v = new Violations();
        v.required("householdId", req.householdId());
        v.required("eventType", req.eventType());
        if (v.required("eventDate", req.eventDate())) {
            v.notAfter("eventDate", req.eventDate(), today);
            v.notBeforeEventDays("eventDate", req.eventDate(), today, parameters.intValueOn("urgentEventDays", today));
        }
        v.required("description", req.description());
        v.maxLength("description", req.description(), 2000);
        v.throwIfAny();
        Household h = Scope.household(households, req.householdId(), caller);
        List<String> keys = MemberFacts.active(h, today).stream().flatMap(m -> PersonKeys.of(m).stream())
                .distinct().collect(Collectors.toList());
        RecordDraft draft = new RecordDraft(RecordKinds.URGENT_EVENT, h.id(), h.street(), RECORDED, req.eventDate(),
                null, null, keys, RecordBodies.write(new UrgentEvent.Body(req.eventType(), req.description().strip())));
        return UrgentEvent.of(store.create(TemporaryReliefProgram.ID, draft, RecordGuard.NONE, "URGENT_EVENT_RECORDED",
                WriteContext.of(caller.name(), req.eventType() + " event of " + req.eventDate())));
    }

    UrgentEvent get(String id, Caller caller) {
        return UrgentEvent.of(Scope.record(store.get(TemporaryReliefProgram.ID, id), RecordKinds.URGENT_EVENT, id,
                caller));
    }

    Page<UrgentEvent> list(String householdId, String street, Paging paging, Caller caller) {
        Page<ProgramRecord> found = store.find(TemporaryReliefProgram.ID, new RecordQuery(RecordKinds.URGENT_EVENT,
                householdId, Scope.streetFilter(caller, street), null, null, null, null, null, paging.page(),
                paging.size()));
        return new Page<>(found.items().stream().map(UrgentEvent::of).collect(Collectors.toList()), found.page(),
                found.size(), found.total());
    }
}
