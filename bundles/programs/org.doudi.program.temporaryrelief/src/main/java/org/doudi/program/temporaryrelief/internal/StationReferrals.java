package org.doudi.program.temporaryrelief.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.security.Caller;

/**
 * Homeless and stranded people (流浪乞讨、临时遇困): referred to the street of their Shanghai hukou when it is one
 * of ours, else to the district relief station; the receiving side records how it ended. Any street may refer a
 * person it finds (a hand-over), but only the receiving street, or district staff for the station, sees the
 * referral afterwards and records its outcome.
 */
final class StationReferrals {
    static final String REFERRED = "REFERRED";
    static final String CLOSED = "CLOSED";
    static final String ROUTED_KEY = "routed:";

    private final ProgramRecordStore store;
    private final ReferralRouting routing;
    private final LocalDate today;

    StationReferrals(ProgramRecordStore store, ReferralRouting routing, LocalDate today) {
        this.store = store;
        this.routing = routing;
        this.today = today;
    }

    StationReferral refer(StationReferralRequest req, Caller caller) {
        Violations.requireBody(req);
        Violations v = new Violations();
        v.required("name", req.name());
        v.maxLength("name", req.name(), 100);
        v.required("situation", req.situation());
        v.required("foundAt", req.foundAt());
        v.maxLength("foundAt", req.foundAt(), 500);
        if (v.required("foundOn", req.foundOn())) {
            v.notAfter("foundOn", req.foundOn(), today);
        }
        v.required("hukouShanghai", req.hukouShanghai());
        String hukouStreet = stripped(req.hukouStreet());
        String note = stripped(req.note());
        v.maxLength("hukouStreet", hukouStreet, 100);
        v.maxLength("note", note, 2000);
        String idNumber = null;
        if (req.idNumber() != null && !req.idNumber().isBlank()) {
            ResidentIdNumber.Result id = ResidentIdNumber.check(req.idNumber(), today);
            if (id.valid()) {
                idNumber = id.normalized();
            } else {
                v.add("idNumber", id.rule(), id.message());
            }
        }
        v.throwIfAny();
        ReferralRouting.Route route = routing.route(req.hukouShanghai(), hukouStreet);
        List<String> keys = new ArrayList<>(List.of(ROUTED_KEY + route.routedTo()));
        if (idNumber != null) {
            keys.add(PersonKeys.ofIdNumber(idNumber));
        }
        StationReferral.Body body = new StationReferral.Body(route.routedTo(), route.why(), req.name().strip(),
                idNumber == null ? null : ResidentIdNumber.mask(idNumber), req.situation(), req.foundAt().strip(),
                req.hukouShanghai(), hukouStreet, note, caller.name(), null);
        RecordDraft draft = new RecordDraft(RecordKinds.STATION_REFERRAL, null, route.street(), REFERRED,
                req.foundOn(), null, null, keys, RecordBodies.write(body));
        return StationReferral.of(store.create(TemporaryReliefProgram.ID, draft, RecordGuard.NONE,
                "STATION_REFERRAL_MADE", WriteContext.of(caller.name(), req.situation() + " person referred to "
                        + route.routedTo())));
    }

    StationReferral get(String id, Caller caller) {
        return StationReferral.of(Scope.record(store.get(TemporaryReliefProgram.ID, id),
                RecordKinds.STATION_REFERRAL, id, caller));
    }

    /** Referrals, by where they were routed and status; a street-level caller sees their own street's only. */
    Page<StationReferral> list(String routedTo, String status, Paging paging, Caller caller) {
        Page<ProgramRecord> found = store.find(TemporaryReliefProgram.ID, new RecordQuery(
                RecordKinds.STATION_REFERRAL, null, Scope.streetFilter(caller, null),
                status, routedTo == null ? null : ROUTED_KEY + routedTo, null, null, null, paging.page(),
                paging.size()));
        return new Page<>(found.items().stream().map(StationReferral::of).collect(Collectors.toList()),
                found.page(), found.size(), found.total());
    }

    /** Records how a referral ended; once (a second outcome is 409). */
    StationReferral close(String id, ReferralOutcomeRequest req, Caller caller) {
        Violations.requireBody(req);
        ProgramRecord r = Scope.record(store.get(TemporaryReliefProgram.ID, id), RecordKinds.STATION_REFERRAL, id,
                caller);
        requireOpen(r);
        Violations v = new Violations();
        v.required("outcome", req.outcome());
        if (v.required("on", req.on())) {
            v.notAfter("on", req.on(), today);
            if (req.on().isBefore(r.eventDate())) {
                v.add("on", "afterFound", "the outcome follows the day the person was found (" + r.eventDate()
                        + "), was " + req.on());
            }
        }
        String note = stripped(req.note());
        v.maxLength("note", note, 2000);
        v.throwIfAny();
        StationReferral.Body body = RecordBodies.read(r.body(), StationReferral.Body.class)
                .withOutcome(new StationReferral.Outcome(req.outcome(), req.on(), note, caller.name()));
        RecordDraft draft = new RecordDraft(r.kind(), r.householdId(), r.street(), CLOSED, r.eventDate(),
                r.dueDate(), r.amount(), r.keys(), RecordBodies.write(body));
        return StationReferral.of(store.update(TemporaryReliefProgram.ID, id, r.version(), draft,
                reader -> reader.get(id).ifPresent(StationReferrals::requireOpen), "STATION_REFERRAL_CLOSED",
                WriteContext.of(caller.name(), "referral outcome " + req.outcome())));
    }

    /** Free text as kept: surrounding blanks removed, blank as absent. */
    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireOpen(ProgramRecord r) {
        if (!REFERRED.equals(r.status())) {
            StationReferral.Outcome o = RecordBodies.read(r.body(), StationReferral.Body.class).outcome();
            throw DoudiException.conflict("station referral " + r.id() + " is already closed"
                    + (o == null ? "" : " (" + o.outcome() + " on " + o.on() + ")"));
        }
    }
}
