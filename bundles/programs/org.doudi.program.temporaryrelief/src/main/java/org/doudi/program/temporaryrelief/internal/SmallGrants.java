package org.doudi.program.temporaryrelief.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.program.Amounts;
import org.doudi.api.program.MemberFacts;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;
import org.doudi.api.security.Caller;

/**
 * Small-amount relief (小金额救助, seed §5.3): the street grants up to the cap at once after verifying the hardship;
 * the follow-up review (民主评议, 一事一议) is due a set number of days later and is recorded once.
 */
final class SmallGrants {
    static final String REVIEW_DUE = "REVIEW_DUE";
    static final String REVIEWED = "REVIEWED";

    private final ProgramRecordStore store;
    private final HouseholdService households;
    private final ProgramParameters parameters;
    private final LocalDate today;

    SmallGrants(ProgramRecordStore store, HouseholdService households, ProgramParameters parameters, LocalDate today) {
        this.store = store;
        this.households = households;
        this.parameters = parameters;
        this.today = today;
    }

    SmallGrant grant(SmallGrantRequest req, Caller caller) {
        Violations.requireBody(req);
        Violations v = new Violations();
        v.required("householdId", req.householdId());
        v.positiveYuan("amount", req.amount());
        v.required("eventType", req.eventType());
        if (v.required("eventDate", req.eventDate())) {
            v.notAfter("eventDate", req.eventDate(), today);
            v.notBeforeEventDays("eventDate", req.eventDate(), today, parameters.intValueOn("urgentEventDays", today));
        }
        v.required("reason", req.reason());
        v.maxLength("reason", req.reason(), 2000);
        v.throwIfAny();
        Household h = Scope.household(households, req.householdId(), caller);
        List<Member> active = MemberFacts.active(h, today);
        if (active.isEmpty()) {
            throw new ValidationException("householdId", "activeMembers", "household " + h.id()
                    + " has no active member on " + today);
        }
        SmallAmountCap cap = new SmallAmountCap(parameters.valueOn("capPerPerson", today), active.size());
        cap.check(req.amount());
        int window = parameters.intValueOn("duplicateWindowDays", today);
        int dueDays = parameters.intValueOn("reviewDueDays", today);
        Map<String, String> keys = new LinkedHashMap<>();
        active.forEach(m -> PersonKeys.of(m).forEach(k -> keys.putIfAbsent(k, m.name())));
        keys.putIfAbsent(PersonKeys.ofHousehold(h.id()), "household " + h.id());
        BigDecimal amount = req.amount().setScale(2, RoundingMode.HALF_UP);
        SmallGrantBody body = new SmallGrantBody(
                active.stream().map(m -> new CoveredMember(m.personId(), m.name())).collect(Collectors.toList()),
                req.eventType(), req.reason().strip(), caller.name(), today, amount, cap.perPerson(), cap.total(),
                null);
        RecordDraft draft = new RecordDraft(RecordKinds.SMALL_GRANT, h.id(), h.street(), REVIEW_DUE, req.eventDate(),
                today.plusDays(dueDays), amount, List.copyOf(keys.keySet()), RecordBodies.write(body));
        ProgramRecord r = store.create(TemporaryReliefProgram.ID, draft,
                new DuplicateReliefGuard(keys, req.eventType(), req.eventDate(), window), "SMALL_GRANT_MADE",
                WriteContext.of(caller.name(), "small-amount relief " + Amounts.yuan(req.amount()) + " for a "
                        + req.eventType() + " event of " + req.eventDate()));
        return SmallGrant.of(r, today);
    }

    SmallGrant get(String id, Caller caller) {
        return SmallGrant.of(Scope.record(store.get(TemporaryReliefProgram.ID, id), RecordKinds.SMALL_GRANT, id,
                caller), today);
    }

    /** Grants by household, status and street; {@code overdue} lists the reviews due before today. */
    Page<SmallGrant> list(String householdId, String status, String street, boolean overdue, Paging paging,
            Caller caller) {
        if (overdue && status != null && !REVIEW_DUE.equals(status)) {
            throw new ValidationException("status", "overdueStatus", "overdue grants are " + REVIEW_DUE
                    + "; leave status out or ask for " + REVIEW_DUE);
        }
        RecordQuery q = new RecordQuery(RecordKinds.SMALL_GRANT, householdId, Scope.streetFilter(caller, street),
                overdue ? REVIEW_DUE : status, null, null, null, overdue ? today : null, paging.page(), paging.size());
        Page<ProgramRecord> found = store.find(TemporaryReliefProgram.ID, q);
        return new Page<>(found.items().stream().map(r -> SmallGrant.of(r, today)).collect(Collectors.toList()),
                found.page(), found.size(), found.total());
    }

    /**
     * Records the follow-up review; a grant is reviewed once (a second review is 409). A revised grant stands at
     * the revised amount, which becomes the record's amount; the amount first granted stays in the body.
     */
    SmallGrant review(String id, ReviewRequest req, Caller caller) {
        Violations.requireBody(req);
        ProgramRecord r = Scope.record(store.get(TemporaryReliefProgram.ID, id), RecordKinds.SMALL_GRANT, id, caller);
        SmallGrantBody body = RecordBodies.read(r.body(), SmallGrantBody.class);
        requireNotReviewed(r, body);
        BigDecimal granted = body.grantedAmount() != null ? body.grantedAmount() : r.amount();
        validate(req, body, granted);
        Review review = new Review(req.heldOn(), req.method(), req.outcome(), req.note() == null ? null
                : req.note().strip(), req.revisedAmount() == null ? null
                : req.revisedAmount().setScale(2, RoundingMode.HALF_UP), caller.name());
        BigDecimal standing = review.outcome() == ReviewOutcome.REVISED ? review.revisedAmount() : r.amount();
        RecordDraft draft = new RecordDraft(r.kind(), r.householdId(), r.street(), REVIEWED, r.eventDate(),
                r.dueDate(), standing, r.keys(), RecordBodies.write(body.withGrantedAmount(granted)
                        .withReview(review)));
        ProgramRecord updated = store.update(TemporaryReliefProgram.ID, id, r.version(), draft,
                reader -> reader.get(id).ifPresent(now -> requireNotReviewed(now,
                        RecordBodies.read(now.body(), SmallGrantBody.class))),
                "SMALL_GRANT_REVIEWED", WriteContext.of(caller.name(), req.method() + " review: " + req.outcome()));
        return SmallGrant.of(updated, today);
    }

    private void validate(ReviewRequest req, SmallGrantBody body, BigDecimal granted) {
        Violations v = new Violations();
        if (v.required("heldOn", req.heldOn())) {
            v.notAfter("heldOn", req.heldOn(), today);
            if (req.heldOn().isBefore(body.grantedOn())) {
                v.add("heldOn", "afterGrant", "the review follows the grant of " + body.grantedOn() + ", was "
                        + req.heldOn());
            }
        }
        v.required("method", req.method());
        v.required("outcome", req.outcome());
        v.maxLength("note", req.note(), 2000);
        if (req.outcome() == ReviewOutcome.REVISED) {
            if (v.positiveYuan("revisedAmount", req.revisedAmount())
                    && req.revisedAmount().compareTo(granted) > 0) {
                v.add("revisedAmount", "aboveGranted", Amounts.yuan(req.revisedAmount())
                        + " is above the amount granted, " + Amounts.yuan(granted)
                        + "; a review can only lower the grant or confirm it");
            }
        } else if (req.revisedAmount() != null) {
            v.add("revisedAmount", "onlyWhenRevised", "is given only with outcome " + ReviewOutcome.REVISED);
        }
        v.throwIfAny();
    }

    private static void requireNotReviewed(ProgramRecord r, SmallGrantBody body) {
        if (!REVIEW_DUE.equals(r.status())) {
            Review done = body.review();
            throw DoudiException.conflict("small grant " + r.id() + " was already reviewed"
                    + (done == null ? "" : " on " + done.heldOn() + " (" + done.method() + ", " + done.outcome()
                    + ")") + "; a grant is reviewed once");
        }
    }
}
