package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.doudi.api.DoudiClock;
import org.doudi.api.WriteContext;
import org.doudi.api.audit.AuditEvent;
import org.doudi.api.audit.AuditQuery;
import org.doudi.api.audit.AuditTrail;
import org.doudi.api.casework.EnrolmentService;
import org.doudi.api.monitoring.Warning;
import org.doudi.api.monitoring.WarningService;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.security.Caller;
import org.doudi.api.security.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds subscribers from the audit trail and the death warnings, with no hook in the core. Every two seconds it
 * reads the audit entries after its stored cursor ({@link AuditPosition}: the last entry read and where it stands,
 * kept in the record store as kind {@code cursor}), maps them to registry events ({@link EventReader}), and queues
 * one notify per matching subscription in the {@link Outbox} under a key made of the entry and the subscription, so
 * a re-read after a crash queues nothing twice. The cursor is stored whenever something was queued (and every
 * thousand entries otherwise). Before notifying, each subscriber is looked up again ({@link Subscribers}): the
 * subscriptions of a disabled user are ended, the others scoped and masked by the user's role and street as they
 * are now. A notice queued for a partner is recorded as the partner's read of the household ({@code DCI notify}).
 *
 * <p>A death reported by a feed raises a death warning but an audit entry only when it suspends an enrolment, so
 * the death warnings are read too, from a cursor of their own ({@link WarningCursor}, kind {@code warning-cursor}):
 * when their number changed, the ones raised since the cursor ({@link DeathWarnings}) each make a DEATH_REGISTERED
 * ({@code reported}) notify, queued under a key of the warning and the subscription, the key the audit entry of a
 * suspension by that warning uses too; whichever of the two reads it first queues it, and both make the same
 * notice (the warning's), so a subscriber hears of a reported death once. The cursor is stored after the notices.
 */
@Component(immediate = true)
public class AuditNotifier {
    static final String KIND = "cursor";
    private static final Logger LOG = LoggerFactory.getLogger(AuditNotifier.class);
    static final String NOTIFY_READ = "DCI notify";
    private static final int SAVE_EVERY = 1000;

    @Reference
    private AuditTrail audit;
    @Reference
    private HouseholdService households;
    @Reference
    private EnrolmentService enrolments;
    @Reference
    private WarningService warnings;
    @Reference
    private ProgramRecordStore store;
    @Reference
    private DoudiClock clock;
    @Reference
    private Outbox outbox;
    @Reference
    private UserDirectory users;

    private ScheduledExecutorService scheduler;
    private AuditPosition position;
    private long saved = -1;
    /** The death-warning cursor as last read through (kept should storing it fail), or null: read it. */
    private WarningCursor warningCursor;
    private Subscribers subscribers;
    /** The number of death warnings when they were last read through, or -1: read them. */
    private long deathTotal = -1;

    @Activate
    void activate() {
        subscribers = new Subscribers(users, java.time.Clock.systemUTC());
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "doudi-dci-notifier"));
        scheduler.scheduleWithFixedDelay(this::pollSafely, 2, 2, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("DCI notifier: this round stopped ({}); it resumes from its cursor", e.toString());
        }
        try {
            pollDeaths();
        } catch (RuntimeException e) {
            LOG.warn("DCI notifier: death warnings not read this round ({}); read again from their cursor",
                    e.toString());
        }
    }

    void poll() {
        ProgramRecord cursor = cursor();
        if (position == null) {
            position = AuditPosition.parse(DciJson.parse(cursor.body()));
            saved = position.offset;
        }
        List<AuditEvent> entries = position.next(audit);
        List<ObjectNode> subscriptions = null;
        boolean queued = false;
        EventReader reader = new EventReader(households, enrolments, warnings);
        LocalDate today = clock.today();
        AuditEvent last = null;
        for (AuditEvent a : entries) {
            if (EventReader.ACTIONS.contains(a.action())) {
                if (subscriptions == null) {
                    subscriptions = active();
                }
                if (!subscriptions.isEmpty()) {
                    queued |= notify(reader.read(a), subscriptions, today);
                }
            }
            position.read(a);
            last = a;
        }
        position.advanceDay(audit, last);
        if (queued || position.offset - saved >= SAVE_EVERY) {
            save(cursor, position);
        }
    }

    /**
     * The active subscriptions with their subscribers as they are now; those of a user disabled, gone or without
     * a role are ended (status unsubscribe, the reason kept) and left out.
     */
    List<ObjectNode> active() {
        Subscriptions all = new Subscriptions(store);
        List<ObjectNode> out = new ArrayList<>();
        for (ProgramRecord r : all.active()) {
            String name = Subscriptions.subscriber(DciJson.parse(r.body())).name();
            String[] why = new String[1];
            Optional<Caller> now = subscribers.current(name, why);
            if (now.isPresent()) {
                out.add(Subscriptions.withSubscriber(r, now.get()));
            } else {
                try {
                    all.end(r, Outbox.ACTOR, why[0]);
                    LOG.info("DCI subscription {} ended: {}", r.id(), why[0]);
                } catch (RuntimeException e) {
                    LOG.warn("DCI subscription {} not ended ({}): {}; not notified", r.id(), why[0], e.toString());
                }
            }
        }
        return out;
    }

    /**
     * Reads the death warnings raised since its cursor when their number changed: one DEATH_REGISTERED notify per
     * new warning and matching subscription, then the cursor. They are read again next round when their per-status
     * numbers moved while they were read (a page may have shifted) or something failed.
     */
    void pollDeaths() {
        DeathWarnings deaths = new DeathWarnings(warnings);
        long total = deaths.total();
        if (total == deathTotal) {
            return;
        }
        ProgramRecord stored = warningCursor(deaths);
        WarningCursor cursor = warningCursor != null ? warningCursor : WarningCursor.parse(DciJson.parse(stored.body()));
        List<Long> before = deaths.totals();
        List<Warning> fresh = cursor.fresh(deaths.raisedFrom(cursor.from()));
        if (!fresh.isEmpty()) {
            List<ObjectNode> subscriptions = active();
            EventReader reader = new EventReader(households, enrolments, warnings);
            LocalDate today = clock.today();
            for (Warning w : fresh) {
                if (!subscriptions.isEmpty()) {
                    reader.reported(w).ifPresent(ev -> notify(List.of(ev), subscriptions, today));
                }
                cursor.mark(w);
            }
            warningCursor = cursor;
            try {
                store(stored, cursor, "DCI notifier read death warnings up to " + cursor.since());
            } catch (RuntimeException e) {
                LOG.error("DCI notifier: death-warning cursor not stored ({}); kept in memory, stored again next time",
                        e.toString());
            }
        }
        if (deaths.totals().equals(before)) {
            deathTotal = before.stream().mapToLong(Long::longValue).sum();
        }
    }

    private boolean notify(List<RegistryEvent> events, List<ObjectNode> subscriptions, LocalDate today) {
        boolean queued = false;
        for (RegistryEvent ev : events) {
            for (ObjectNode body : subscriptions) {
                String code = body.path("code").asText();
                if (NotifyMessages.matches(body, ev, today)) {
                    boolean fresh = outbox.enqueue(body.path("notify_uri").asText(), NotifyMessages.envelope(body, ev,
                            today, clock.now()), ev.outboxKey(code),
                            "DCI notify " + ev.eventType() + " to subscription " + code);
                    if (fresh) {
                        recordPartnerRead(households, body, ev);
                    }
                    queued |= fresh;
                }
            }
        }
        return queued;
    }

    /** A partner's notice is a read of the household by the partner: recorded in the audit trail, as its search. */
    static void recordPartnerRead(HouseholdService households, JsonNode subscription, RegistryEvent ev) {
        Caller subscriber = Subscriptions.subscriber(subscription);
        if (RecordViews.partnerOnly(subscriber) && ev.household() != null) {
            households.recordRead(ev.household().id(), subscriber.name(), NOTIFY_READ);
        }
    }

    private ProgramRecord cursor() {
        List<ProgramRecord> found = store.find(TxnStore.PROGRAM, RecordQuery.ofKind(KIND)).items();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        long start = audit.find(new AuditQuery(null, null, null, null, null, null, 0, 1)).total();
        AuditPosition p = new AuditPosition();
        p.offset = start;
        p.inDay = start;
        p.lastId = -1;
        return store.create(TxnStore.PROGRAM, draft(p.toJson()), existing -> { }, "DCI_NOTIFIER_STARTED",
                WriteContext.of(Outbox.ACTOR, "DCI notifier starts at audit position " + start));
    }

    private void save(ProgramRecord cursor, AuditPosition position) {
        ProgramRecord current = store.get(TxnStore.PROGRAM, cursor.id()).orElse(cursor);
        store.update(TxnStore.PROGRAM, current.id(), current.version(), draft(position.toJson()), existing -> { },
                "DCI_NOTIFIER_CURSOR", WriteContext.of(Outbox.ACTOR, "DCI notifier read up to audit entry "
                        + position.lastId));
        saved = position.offset;
    }

    /**
     * The death warnings' cursor; the first time, one that has read every death warning there is (those raised
     * within {@link WarningCursor#OVERLAP} of the latest are kept by id, as a job still running may add more).
     */
    private ProgramRecord warningCursor(DeathWarnings deaths) {
        List<ProgramRecord> found = store.find(TxnStore.PROGRAM, RecordQuery.ofKind(WarningCursor.KIND)).items();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        WarningCursor cursor = new WarningCursor();
        Instant latest = deaths.latest();
        if (latest != null) {
            deaths.raisedFrom(latest.minus(WarningCursor.OVERLAP)).forEach(cursor::mark);
        }
        return store.create(TxnStore.PROGRAM, warningDraft(cursor), existing -> { }, "DCI_NOTIFIER_STARTED",
                WriteContext.of(Outbox.ACTOR, "DCI notifier starts reading death warnings after " + cursor.since()));
    }

    private void store(ProgramRecord stored, WarningCursor cursor, String what) {
        ProgramRecord current = store.get(TxnStore.PROGRAM, stored.id()).orElse(stored);
        store.update(TxnStore.PROGRAM, current.id(), current.version(), warningDraft(cursor), existing -> { },
                "DCI_NOTIFIER_CURSOR", WriteContext.of(Outbox.ACTOR, what));
    }

    private static RecordDraft warningDraft(WarningCursor cursor) {
        return new RecordDraft(WarningCursor.KIND, null, null, null, null, null, null, List.of(),
                DciJson.write(cursor.toJson()));
    }

    private static RecordDraft draft(ObjectNode position) {
        return new RecordDraft(KIND, null, null, null, null, null, null, List.of(), position.toString());
    }
}
