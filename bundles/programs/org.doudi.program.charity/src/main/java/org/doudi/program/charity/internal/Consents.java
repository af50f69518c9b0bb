package org.doudi.program.charity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.ParameterSeries;
import org.doudi.api.program.ProgramParameters;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.registry.Member;
import org.doudi.api.security.Caller;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Consents (知情同意): a member of a household allows one organisation to exchange data about them, to receive
 * referrals of the household, or both. A consent is valid from the day it was given for {@code consentValidMonths}
 * (the value in force that day; the last valid day is fixed then and kept as the record's due day) until
 * withdrawn; nothing leaves the district and no referral is made without one. Kept as {@code consent} records,
 * keyed by the SHA-256 of the person's ID number and by the organisation.
 */
@Component(service = Consents.class)
public class Consents {
    static final String GIVEN_ACTION = "CONSENT_GIVEN";
    static final String WITHDRAWN_ACTION = "CONSENT_WITHDRAWN";
    private static final String VALID_MONTHS = "consentValidMonths";

    @Reference
    private ProgramRecordStore store;
    @Reference
    private HouseholdService households;
    @Reference
    private Organisations organisations;
    @Reference
    private DoudiClock clock;
    @Reference(target = CharityProgram.TARGET)
    private AssistanceProgram program;

    /** For Declarative Services. */
    public Consents() {
    }

    /** Without OSGi, for tests. */
    Consents(ProgramRecordStore store, HouseholdService households, Organisations organisations, DoudiClock clock,
            AssistanceProgram program) {
        this.store = store;
        this.households = households;
        this.organisations = organisations;
        this.clock = clock;
        this.program = program;
    }

    /** Records a consent of a member of a household the caller may see; 409 for the same consent twice. */
    public Consent give(ConsentRequest request, Caller caller, WriteContext context) {
        Fields.body(request);
        LocalDate today = clock.today();
        Household household = new HouseholdScope(households).visible(request.householdId(), caller);
        Member member = member(household, request.idNumber(), today);
        Organisation org = organisations.named("organisationId", request.organisationId());
        ConsentScope scope = scope(request.scope());
        LocalDate givenOn = Fields.pastDate("givenOn", request.givenOn(), today);
        String evidence = Fields.required("evidence", request.evidence(), 500);
        String idKey = RecordKeys.idNumber(member.idNumber().toUpperCase(Locale.ROOT));
        LocalDate validUntil = validUntil(givenOn);
        RecordGuard once = existing -> {
            boolean same = StoredRecords.all(existing, RecordQuery.ofKind(RecordKeys.CONSENT).withKey(idKey)).stream()
                    .filter(r -> Consent.GIVEN.equals(r.status()))
                    .map(r -> RecordJson.read(r.body(), ConsentBody.class))
                    .anyMatch(b -> b.organisationId().equals(org.id()) && b.scope() == scope
                            && b.givenOn().equals(givenOn));
            if (same) {
                throw DoudiException.conflict("this consent (" + scope + ", given on " + givenOn + ", to "
                        + org.name() + ") is already recorded");
            }
        };
        ConsentBody body = new ConsentBody(org.id(), org.name(), member.personId(), member.name(),
                ResidentIdNumber.mask(member.idNumber()), scope, givenOn, validUntil, evidence, null, null, null);
        RecordDraft draft = new RecordDraft(RecordKeys.CONSENT, household.id(), household.street(), Consent.GIVEN,
                givenOn, validUntil, null, List.of(idKey, RecordKeys.organisation(org.id())), RecordJson.write(body));
        return view(store.create(CharityProgram.ID, draft, once, GIVEN_ACTION, context), today);
    }

    /**
     * Withdraws a consent from a day on; 404 for one the caller may not see (judged by the household's current
     * street, not the street it had when the consent was given), 409 when already withdrawn.
     */
    public Consent withdraw(String id, ConsentWithdrawal request, Caller caller, WriteContext context) {
        Fields.body(request);
        LocalDate today = clock.today();
        ProgramRecord r = store.get(CharityProgram.ID, id).filter(x -> RecordKeys.CONSENT.equals(x.kind()))
                .orElseThrow(() -> DoudiException.notFound("consent " + id));
        Household household = r.householdId() == null ? null : households.find(r.householdId()).orElse(null);
        String street = household == null ? r.street() : household.street();
        if (!caller.maySee(street)) {
            throw DoudiException.notFound("consent " + id);
        }
        ConsentBody body = RecordJson.read(r.body(), ConsentBody.class);
        if (body.withdrawnOn() != null) {
            throw DoudiException.conflict("consent " + id + " was already withdrawn on " + body.withdrawnOn());
        }
        LocalDate on = Fields.pastDate("on", request.on(), today);
        if (on.isBefore(body.givenOn())) {
            throw new ValidationException("on", "notBeforeGiven", "must not be before the consent was given ("
                    + body.givenOn() + ")");
        }
        String reason = Fields.required("reason", request.reason(), 500);
        LocalDate validUntil = stored(r, body);
        RecordDraft draft = new RecordDraft(r.kind(), r.householdId(), street, Consent.WITHDRAWN, r.eventDate(),
                validUntil, r.amount(), r.keys(),
                RecordJson.write(body.withdrawn(on, reason, caller.name()).withValidUntil(validUntil)));
        return view(store.update(CharityProgram.ID, id, r.version(), draft, RecordGuard.NONE, WITHDRAWN_ACTION,
                context), today);
    }

    /** The consents of a household the caller may see, oldest first. */
    public List<Consent> ofHousehold(String householdId, Caller caller) {
        Household household = new HouseholdScope(households).visible(householdId, caller);
        LocalDate today = clock.today();
        return StoredRecords.all(store, RecordQuery.ofKind(RecordKeys.CONSENT).withHousehold(household.id())).stream()
                .map(r -> view(r, today)).collect(Collectors.toList());
    }

    /** The consents given to an organisation, by the ID-number key of the person who gave them. */
    public Map<String, List<Consent>> toOrganisation(String organisationId) {
        LocalDate today = clock.today();
        Map<String, List<Consent>> out = new HashMap<>();
        for (ProgramRecord r : StoredRecords.all(store, RecordQuery.ofKind(RecordKeys.CONSENT)
                .withKey(RecordKeys.organisation(organisationId)))) {
            Consent c = view(r, today);
            r.keys().stream().filter(k -> k.startsWith("idn:"))
                    .forEach(k -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
        }
        return out;
    }

    /** The active members of the household (with an ID number) whose consent allows {@code purpose} on the day. */
    public List<Member> consenting(Household household, Organisation org, ConsentScope purpose, LocalDate day) {
        Map<String, List<Consent>> given = toOrganisation(org.id());
        return household.members().stream().filter(m -> m.activeOn(day) && m.idNumber() != null)
                .filter(m -> given.getOrDefault(RecordKeys.idNumber(m.idNumber().toUpperCase(Locale.ROOT)), List.of())
                        .stream().anyMatch(c -> c.allows(purpose, day)))
                .collect(Collectors.toList());
    }

    private Consent view(ProgramRecord r, LocalDate today) {
        return Consent.of(r, stored(r, RecordJson.read(r.body(), ConsentBody.class)), today);
    }

    /**
     * The last valid day fixed when the consent was given: the record's due day, else its body's. A consent
     * recorded before the day was stored gets it computed once more from the value in force on its
     * {@code givenOn}; when no value is in force that day it is treated as lapsed the day before it was given
     * (it allows nothing) rather than failing every read.
     */
    private LocalDate stored(ProgramRecord r, ConsentBody body) {
        if (r.dueDate() != null) {
            return r.dueDate();
        }
        if (body.validUntil() != null) {
            return body.validUntil();
        }
        ParameterSeries months = program.parameters().find(VALID_MONTHS).orElse(null);
        return months == null ? body.givenOn().minusDays(1) : months.on(body.givenOn())
                .map(v -> body.givenOn().plusMonths(v.value().intValue()).minusDays(1))
                .orElse(body.givenOn().minusDays(1));
    }

    /**
     * The last valid day of a consent given on {@code givenOn}, with the value in force that day; 422 on
     * {@code givenOn} when the parameter takes effect only later.
     */
    private LocalDate validUntil(LocalDate givenOn) {
        ProgramParameters parameters = program.parameters();
        parameters.requireUsable();
        ParameterSeries months = parameters.find(VALID_MONTHS)
                .orElseThrow(() -> new IllegalStateException("no parameter " + VALID_MONTHS));
        if (months.on(givenOn).isEmpty()) {
            throw new ValidationException("givenOn", "parameterInForce", "no value of " + VALID_MONTHS
                    + " is in force on " + givenOn + " (the first takes effect on " + months.values().get(0).from()
                    + "); a consent given before then cannot be recorded");
        }
        return givenOn.plusMonths(parameters.intValueOn(VALID_MONTHS, givenOn)).minusDays(1);
    }

    private static Member member(Household household, String idNumber, LocalDate today) {
        if (idNumber == null || idNumber.isBlank()) {
            throw new ValidationException("idNumber", "required", "must be given");
        }
        ResidentIdNumber.Result checked = ResidentIdNumber.check(idNumber, today);
        if (!checked.valid()) {
            throw new ValidationException("idNumber", checked.rule(), checked.message());
        }
        return household.members().stream().filter(m -> m.activeOn(today) && m.idNumber() != null
                && m.idNumber().equalsIgnoreCase(checked.normalized())).findFirst()
                .orElseThrow(() -> new ValidationException("idNumber", "member", "ID number "
                        + ResidentIdNumber.mask(checked.normalized()) + " is not an active member of household "
                        + household.id()));
    }

    private static ConsentScope scope(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("scope", "required", "must be EXCHANGE, REFERRAL or BOTH");
        }
        try {
            return ConsentScope.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("scope", "oneOf", "must be EXCHANGE, REFERRAL or BOTH");
        }
    }
}
