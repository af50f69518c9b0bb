package org.doudi.registry.internal.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.calendar.Deadline;
import org.doudi.api.calendar.WorkingDayCalendar;
import org.doudi.api.casework.AppealKind;
import org.doudi.api.casework.AppealOutcome;
import org.doudi.api.casework.AppealOutcomeRequest;
import org.doudi.api.casework.AppealRequest;
import org.doudi.api.casework.CaseApplication;
import org.doudi.api.casework.CaseFile;
import org.doudi.api.casework.CaseQuery;
import org.doudi.api.casework.CaseService;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.ExtensionReason;
import org.doudi.api.casework.ExtensionRequest;
import org.doudi.api.casework.ObjectionRequest;
import org.doudi.api.casework.TransitionRequest;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.ProgramDirectory;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.supervision.SupervisionFlag;
import org.doudi.registry.internal.AuditLog;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.CaseAppealRow;
import org.doudi.registry.internal.entity.CaseEntity;
import org.doudi.registry.internal.entity.CaseObjectionRow;
import org.doudi.registry.internal.entity.CaseTransitionRow;
import org.doudi.registry.internal.entity.HouseholdEntity;
import org.doudi.registry.internal.supervision.SupervisionFlags;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Cases from acceptance to a decision (SPEC §3). Each write locks the household row (so one household cannot
 * get two open cases for a program by racing), checks the request, and commits the case and its audit record in
 * one transaction. The deadline comes from the working-day calendar; a provisional one (a year without its
 * holiday notice) is recomputed once the calendar changes. Objections raised during public notice (公示异议) and
 * the reviews (复核) and reconsiderations (行政复议) against a decision are recorded on the case, the latter with
 * their own due day (provisional ones recomputed in the same way); concurrent writes to one case meet its
 * optimistic-locking version (412).
 */
@Component(service = CaseService.class, configurationPid = "org.doudi.casework")
@Designate(ocd = CaseworkConfig.class)
public class CaseRegistry implements CaseService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CaseRegistry.class);
    static final String ENTITY = "case";

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private WorkingDayCalendar calendar;
    @Reference
    private HouseholdService households;
    @Reference
    private ProgramDirectory programs;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query
    /** Every source of supervision flags registered now (dishonesty list, staff relatives, …). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<SupervisionFlags> flagSources = List.of();
    /** Issue 8, close relatives: every step of a case is first put to the guards (at least one must be bound). */
    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<org.doudi.registry.internal.supervision.DecisionGuard> guards = List.of();

    private volatile CaseworkConfig config;
    private volatile ProvisionalDeadlines provisional;

    @Activate
    @Modified
    void configure(CaseworkConfig config) {
        List<String> problems = CaseworkConfigCheck.problems(config);
        if (problems.isEmpty()) {
            this.config = config;
            return;
        }
        if (this.config == null) {
            throw new IllegalArgumentException("configuration org.doudi.casework cannot be used: " + problems);
        }
        LOG.error("Configuration org.doudi.casework not applied, the previous settings stay in force: {}", problems);
    }

    /** The recomputation of provisional deadlines, made once the references are bound. */
    private ProvisionalDeadlines provisional() {
        ProvisionalDeadlines p = provisional;
        if (p == null) {
            p = new ProvisionalDeadlines(jpa, calendar, clock);
            provisional = p;
        }
        return p;
    }

    @Override
    public CaseFile open(CaseApplication a, WriteContext ctx) {
        LocalDate today = clock.today();
        LocalDate accepted = CaseChecks.application(a, today);
        if (programs.find(a.programId()).isEmpty()) {
            throw new ValidationException("programId", "installed", "program '" + a.programId() + "' is not installed");
        }
        org.doudi.registry.internal.Idempotency idem = new org.doudi.registry.internal.Idempotency(ctx, ENTITY);
        return Tx.run(jpa, em -> {
            Optional<String> earlier = idem.earlierResult(em);
            if (earlier.isPresent()) {
                return view(em, load(em, earlier.get()), today);
            }
            HouseholdEntity h = em.find(HouseholdEntity.class, a.householdId(), LockModeType.PESSIMISTIC_WRITE);
            if (h == null) {
                throw DoudiException.notFound("household " + a.householdId());
            }
            refuseDuplicates(em, a.householdId(), a.programId());
            Deadline deadline = calendar.deadline(accepted, config.decisionWorkingDays());
            LocalDateTime now = LocalDateTime.ofInstant(clock.now(), java.time.ZoneOffset.UTC);
            CaseEntity c = new CaseEntity();
            c.setId(UUID.randomUUID().toString());
            c.setHouseholdId(h.getId());
            c.setProgramId(a.programId());
            c.setStreet(h.getStreet());
            c.setStatus(CaseStatus.ACCEPTED);
            c.setAcceptedOn(accepted);
            ProvisionalDeadlines.set(c, deadline, config.decisionWorkingDays(), calendar.revision());
            c.setCreditCommitment(true);
            c.setVerificationAuthorisation(true);
            c.setAgentName(a.agentName());
            c.setAgentRelation(a.agentRelation());
            c.setPayeeAccount(a.payeeAccount() == null ? null : a.payeeAccount().replaceAll("\\s+", ""));
            c.setCreatedAt(now);
            c.setUpdatedAt(now);
            c.getTransitions().add(new CaseTransitionRow(null, CaseStatus.ACCEPTED, accepted, now, ctx.actor(),
                    a.reason() == null ? "application accepted" : a.reason(), signedEvidence(a)));
            em.persist(c);
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "CASE_ACCEPTED", ENTITY, c.getId(), c.getVersion(),
                    "application for " + a.programId() + " by household " + h.getId() + ", decision due " + c.getDeadline(),
                    null);
            idem.remember(em, c.getId());
            return view(em, c, today);
        });
    }

    @Override
    public Optional<CaseFile> find(String id) {
        provisional().refreshIfCalendarChanged();
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> Optional.ofNullable(em.find(CaseEntity.class, id)).map(c -> view(em, c, today)));
    }

    @Override
    public CaseFile transition(String id, TransitionRequest r, WriteContext ctx) {
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> {
            CaseEntity c = load(em, id);
            em.find(HouseholdEntity.class, c.getHouseholdId(), LockModeType.PESSIMISTIC_WRITE);
            CaseTransitionRow last = c.getTransitions().get(c.getTransitions().size() - 1);
            LocalDate on = CaseChecks.transition(r, today, last.getOn());
            CaseStatus from = c.getStatus();
            if (!from.next().contains(r.to())) {
                throw new DoudiException(409, "illegal-transition", "case " + id + " is " + from + "; it may move to "
                        + (from.next().isEmpty() ? "nothing (it is closed)" : from.next().toString()) + ", not " + r.to());
            }
            // a registered relative's staff member handles no step of the case, not only the decision
            guards.forEach(g -> g.check(em, ctx.actor(), c.getHouseholdId(), "CASE_" + r.to()));
            String detail = apply(em, c, r, on, ctx);
            LocalDateTime now = LocalDateTime.ofInstant(clock.now(), java.time.ZoneOffset.UTC);
            c.setStatus(r.to());
            c.setUpdatedAt(now);
            c.getTransitions().add(new CaseTransitionRow(from, r.to(), on, now, ctx.actor(), r.reason(), r.evidence()));
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "CASE_" + r.to(), ENTITY, c.getId(), c.getVersion(),
                    from + " → " + r.to() + " on " + on + ": " + r.reason() + detail, null);
            CircleIndex.recompute(em, household(c, today), today, clock.now());
            return view(em, c, today);
        });
    }

    /** What a move does besides the status: public notice dates, the decision, the grant. */
    private String apply(EntityManager em, CaseEntity c, TransitionRequest r, LocalDate on, WriteContext ctx) {
        switch (r.to()) {
            case PUBLIC_NOTICE:
                c.setPublicNoticeUntil(on.plusDays(config.publicNoticeDays() - 1L));
                return "; public notice until " + c.getPublicNoticeUntil();
            case CONFIRMED: {
                if (c.getPublicNoticeUntil() != null && !on.isAfter(c.getPublicNoticeUntil())) {
                    throw new DoudiException(409, "public-notice", "case " + c.getId() + " is on public notice until "
                            + c.getPublicNoticeUntil() + "; it can be confirmed from " + c.getPublicNoticeUntil().plusDays(1));
                }
                ProgramDecision d = evaluate(c, on);
                if (!d.eligible()) {
                    throw new DoudiException(409, "not-eligible", "the " + c.getProgramId() + " evaluation as of " + on
                            + " does not find household " + c.getHouseholdId() + " eligible (" + failed(d)
                            + "); refuse the case instead");
                }
                decide(c, d, on);
                return "; eligible, monthly amount " + d.monthlyAmount().toPlainString();
            }
            case REFUSED: {
                ProgramDecision d = programs.find(c.getProgramId()).isPresent() ? evaluate(c, on) : null;
                decide(c, d, on);
                return d == null ? "; program not installed, refused on the stated reason" : "; evaluation: " + failed(d);
            }
            case GRANTED: {
                String payee = r.payeeAccount() != null ? r.payeeAccount().replaceAll("\\s+", "") : c.getPayeeAccount();
                c.setPayeeAccount(payee);
                c.setEnrolmentId(Grants.enrol(em, c, DecisionJson.read(c.getDecision()), on, household(c, on), config,
                        clock.now(), ctx.actor()));
                return "; enrolment " + c.getEnrolmentId();
            }
            default:
                return "";
        }
    }

    private Household household(CaseEntity c, LocalDate on) {
        return households.find(c.getHouseholdId(), on)
                .orElseThrow(() -> DoudiException.notFound("household " + c.getHouseholdId()));
    }

    private ProgramDecision evaluate(CaseEntity c, LocalDate on) {
        if (programs.find(c.getProgramId()).isEmpty()) {
            throw new DoudiException(409, "program-not-installed", "program " + c.getProgramId()
                    + " is not installed: a decision needs its evaluation; install it again (the case is kept)");
        }
        return programs.evaluate(c.getProgramId(), c.getHouseholdId(), on);
    }

    private static void decide(CaseEntity c, ProgramDecision d, LocalDate on) {
        c.setDecidedOn(on);
        c.setDecision(DecisionJson.write(d));
    }

    private static String failed(ProgramDecision d) {
        List<String> failed = d.reasons().stream().filter(x -> !x.passed()).map(RuleOutcome::detail)
                .collect(Collectors.toList());
        return failed.isEmpty() ? "every rule passed" : "failed: " + String.join("; ", failed);
    }

    @Override
    public CaseFile extend(String id, ExtensionRequest r, WriteContext ctx) {
        if (r == null || r.reason() == null) {
            throw new ValidationException("reason", "required", "one of " + java.util.Arrays.toString(
                    ExtensionReason.values()));
        }
        if (r.note() != null && r.note().length() > CaseChecks.MAX_TEXT) {
            throw new ValidationException("note", "length", "must be at most " + CaseChecks.MAX_TEXT + " characters");
        }
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> {
            CaseEntity c = load(em, id);
            guards.forEach(g -> g.check(em, ctx.actor(), c.getHouseholdId(), "CASE_EXTENDED"));
            if (!c.getStatus().awaitingDecision()) {
                throw DoudiException.conflict("case " + id + " is " + c.getStatus() + ": only a case awaiting its "
                        + "decision can be extended");
            }
            if (c.getExtensionReason() != null) {
                throw DoudiException.conflict("case " + id + " was already extended (" + c.getExtensionReason()
                        + ") to " + c.getDeadline());
            }
            if (r.reason() == ExtensionReason.PUBLIC_NOTICE_OBJECTION && c.getObjections().isEmpty()) {
                throw new DoudiException(409, "no-objection", "case " + id + " has no objection recorded during its "
                        + "public notice: record the objection first (POST /api/cases/" + id + "/objections), or "
                        + "extend for another reason");
            }
            java.util.List<org.doudi.api.FieldViolation> v = new java.util.ArrayList<>();
            LocalDate on = CaseChecks.date(v, "on", r.on(), today);
            if (!v.isEmpty()) {
                throw new ValidationException(v);
            }
            if (on.isAfter(today) || on.isBefore(c.getAcceptedOn())) {
                throw new ValidationException("on", "range", "must be between the acceptance (" + c.getAcceptedOn()
                        + ") and today (" + today + ")");
            }
            if (on.isAfter(c.getDeadline())) {
                throw new DoudiException(409, "deadline-passed", "case " + id + " was due on " + c.getDeadline()
                        + ": an extension is decided on or before the deadline, and a deadline missed stays missed");
            }
            LocalDate before = c.getDeadline();
            ProvisionalDeadlines.set(c, calendar.deadline(c.getAcceptedOn(), config.extendedWorkingDays()),
                    config.extendedWorkingDays(), calendar.revision());
            c.setExtensionReason(r.reason());
            c.setExtensionNote(r.note());
            c.setUpdatedAt(LocalDateTime.ofInstant(clock.now(), java.time.ZoneOffset.UTC));
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "CASE_EXTENDED", ENTITY, c.getId(), c.getVersion(),
                    "deadline " + before + " → " + c.getDeadline() + " (" + config.extendedWorkingDays()
                            + " working days) for " + r.reason() + (r.note() == null ? "" : ": " + r.note()), null);
            return view(em, c, today);
        });
    }

    @Override
    public CaseFile recordObjection(String id, ObjectionRequest r, WriteContext ctx) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> {
            CaseEntity c = load(em, id);
            guards.forEach(g -> g.check(em, ctx.actor(), c.getHouseholdId(), "CASE_OBJECTION"));
            if (c.getStatus() != CaseStatus.PUBLIC_NOTICE) {
                throw new DoudiException(409, "not-on-public-notice", "case " + id + " is " + c.getStatus()
                        + ": objections are recorded only while a case is on public notice (PUBLIC_NOTICE)");
            }
            LocalDate from = noticeStart(c);
            LocalDate raisedOn = CaseChecks.objection(r, today, from, c.getPublicNoticeUntil());
            String raisedBy = CaseChecks.raisedBy(r);
            String content = r.content().strip();
            LocalDateTime now = LocalDateTime.ofInstant(clock.now(), java.time.ZoneOffset.UTC);
            c.getObjections().add(new CaseObjectionRow(raisedOn, raisedBy, content, now, ctx.actor()));
            c.setUpdatedAt(now);
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "CASE_OBJECTION", ENTITY, c.getId(), c.getVersion(),
                    "objection " + c.getObjections().size() + " raised on " + raisedOn + " by " + raisedBy
                            + " during the public notice " + from + " to " + c.getPublicNoticeUntil() + ": " + content,
                    null);
            return view(em, c, today);
        });
    }

    /** The day the case's public notice started: the day of its (last) move to {@code PUBLIC_NOTICE}. */
    private static LocalDate noticeStart(CaseEntity c) {
        LocalDate from = null;
        for (CaseTransitionRow t : c.getTransitions()) {
            if (t.getTo() == CaseStatus.PUBLIC_NOTICE) {
                from = t.getOn();
            }
        }
        if (from == null || c.getPublicNoticeUntil() == null) {
            throw new IllegalStateException("case " + c.getId() + " is on public notice without its dates");
        }
        return from;
    }

    @Override
    public CaseFile fileAppeal(String id, AppealRequest r, WriteContext ctx) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> {
            CaseEntity c = load(em, id);
            guards.forEach(g -> g.check(em, ctx.actor(), c.getHouseholdId(), "CASE_APPEAL_FILED"));
            if (!c.getStatus().decided() || c.getDecidedOn() == null) {
                throw new DoudiException(409, "no-decision", "case " + id + " is " + c.getStatus() + ": a review (复核) "
                        + "or reconsideration (行政复议) is filed against a decision, once the case is CONFIRMED, "
                        + "GRANTED or REFUSED");
            }
            LocalDate filedOn = CaseChecks.appeal(r, today, c.getDecidedOn(), config.appealWindowDays());
            int days = Appeals.days(r.kind(), config);
            Deadline due = Appeals.due(r.kind(), filedOn, days, calendar);
            int number = c.getAppeals().stream().mapToInt(CaseAppealRow::getNumber).max().orElse(0) + 1;
            String grounds = r.grounds().strip();
            LocalDateTime now = LocalDateTime.ofInstant(clock.now(), java.time.ZoneOffset.UTC);
            c.getAppeals().add(new CaseAppealRow(number, r.kind(), filedOn, grounds, due.due(), due.provisional(), days,
                    now, ctx.actor()));
            c.setUpdatedAt(now);
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "CASE_APPEAL_FILED", ENTITY, c.getId(), c.getVersion(),
                    r.kind() + " " + number + " filed on " + filedOn + " against the decision of " + c.getDecidedOn()
                            + " (" + c.getStatus() + "), due " + due.due() + " (" + days
                            + (r.kind() == AppealKind.REVIEW ? " working" : " calendar")
                            + " days" + (due.provisional() ? ", provisional" : "") + "): " + grounds, null);
            return view(em, c, today);
        });
    }

    @Override
    public CaseFile decideAppeal(String id, int number, AppealOutcomeRequest r, WriteContext ctx) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> {
            CaseEntity c = load(em, id);
            int index = -1;
            for (int i = 0; i < c.getAppeals().size(); i++) {
                if (c.getAppeals().get(i).getNumber() == number) {
                    index = i;
                }
            }
            if (index < 0) {
                throw DoudiException.notFound("appeal " + number + " of case " + id);
            }
            CaseAppealRow a = c.getAppeals().get(index);
            if (a.getOutcome() != null) {
                throw new DoudiException(409, "appeal-decided", "appeal " + number + " of case " + id + " ("
                        + a.getKind() + ") was already decided: " + a.getOutcome() + " on " + a.getOutcomeOn()
                        + "; an outcome is recorded once");
            }
            LocalDate on = CaseChecks.appealOutcome(r, today, a.getFiledOn());
            guards.forEach(g -> g.check(em, ctx.actor(), c.getHouseholdId(), "CASE_APPEAL_OUTCOME")); // issue 8
            String reason = r.reason().strip();
            LocalDateTime now = LocalDateTime.ofInstant(clock.now(), java.time.ZoneOffset.UTC);
            c.getAppeals().set(index, a.withOutcome(r.outcome(), on, reason, now, ctx.actor()));
            c.setUpdatedAt(now);
            em.flush();
            AuditLog.append(em, clock.now(), ctx.actor(), "CASE_APPEAL_DECIDED", ENTITY, c.getId(), c.getVersion(),
                    a.getKind() + " " + number + " (filed " + a.getFiledOn() + ", due " + a.getDue() + "): "
                            + r.outcome() + " on " + on + ": " + reason
                            + (r.outcome() == AppealOutcome.OVERTURNED ? "; the case is not reopened: a new "
                                    + "application or a new case puts the decision right" : ""), null);
            CircleIndex.recompute(em, household(c, today), today, clock.now());
            return view(em, c, today);
        });
    }

    @Override
    public Page<CaseFile> search(CaseQuery q) {
        provisional().refreshIfCalendarChanged();
        LocalDate today = clock.today();
        return Tx.run(jpa, em -> CaseSearch.page(em, q, today, householdId -> flags(em, householdId)));
    }

    @Override
    public long provisionalDeadlines() {
        provisional().refreshIfCalendarChanged();
        return Tx.run(jpa, em -> em.createQuery("SELECT COUNT(c) FROM CaseEntity c WHERE c.deadlineProvisional = :yes"
                + " AND c.status IN :awaiting", Long.class).setParameter("yes", Boolean.TRUE)
                .setParameter("awaiting", ProvisionalDeadlines.AWAITING).getSingleResult()
                + em.createQuery("SELECT COUNT(c.id) FROM CaseEntity c JOIN c.appeals a WHERE a.dueProvisional = :yes"
                        + " AND a.outcome IS NULL", Long.class).setParameter("yes", Boolean.TRUE).getSingleResult());
    }

    private static void refuseDuplicates(EntityManager em, String householdId, String programId) {
        List<CaseStatus> open = java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::open)
                .collect(Collectors.toList());
        Long openCases = em.createQuery("SELECT COUNT(c) FROM CaseEntity c WHERE c.householdId = :h AND c.programId = :p"
                + " AND c.status IN :open", Long.class).setParameter("h", householdId).setParameter("p", programId)
                .setParameter("open", open).getSingleResult();
        if (openCases > 0) {
            throw DoudiException.conflict("household " + householdId + " already has an open " + programId + " case");
        }
        if (Grants.activeEnrolments(em, householdId, programId) > 0) {
            throw DoudiException.conflict("household " + householdId + " is already enrolled in " + programId);
        }
    }

    /** The case as the API shows it, with the supervision flags on its household today. */
    private CaseFile view(EntityManager em, CaseEntity c, LocalDate today) {
        return CaseViews.of(c, today, flags(em, c.getHouseholdId()));
    }

    /** The flags every registered source raises on {@code householdId}, read in the caller's transaction. */
    private List<SupervisionFlag> flags(EntityManager em, String householdId) {
        return SupervisionFlags.all(flagSources, em, householdId);
    }

    private static CaseEntity load(EntityManager em, String id) {
        CaseEntity c = id == null || id.length() > 64 ? null : em.find(CaseEntity.class, id);
        if (c == null) {
            throw DoudiException.notFound("case " + id);
        }
        return c;
    }

    private static String signedEvidence(CaseApplication a) {
        return "credit commitment signed; verification authorisation signed"
                + (a.agentName() == null ? "" : "; agent " + a.agentName() + " (" + a.agentRelation() + ")");
    }
}
