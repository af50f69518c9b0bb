package org.doudi.registry.internal.monitoring;

import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.StreetDirectory;
import org.doudi.api.WriteContext;
import org.doudi.api.monitoring.StreetWarningSummary;
import org.doudi.api.monitoring.Warning;
import org.doudi.api.monitoring.WarningAssignment;
import org.doudi.api.monitoring.WarningDisposition;
import org.doudi.api.monitoring.WarningQuery;
import org.doudi.api.monitoring.WarningService;
import org.doudi.api.monitoring.WarningVerification;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.supervision.SupervisionFlag;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.WarningEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.doudi.registry.internal.supervision.DecisionGuard;
import org.doudi.registry.internal.supervision.SupervisionFlags;

/**
 * The warning workflow (SPEC §5) on the registry's tables: each step is one JPA transaction with its audit event
 * and its effect on enrolments ({@link WarningWorkflow}); a concurrent change of the same warning is a 412.
 */
@Component(service = WarningService.class)
public class WarningRegistry implements WarningService {

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private HouseholdService households;
    @Reference
    private StreetDirectory streets;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    /** The conflict-of-interest guards (近亲属备案): at least one, so no step passes while the guard is absent. */
    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<DecisionGuard> guards = List.of();
    /** Every source of supervision flags registered now (dishonesty list, staff relatives, …). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<SupervisionFlags> flagSources = List.of();

    private WarningWorkflow workflow;

    public WarningRegistry() {
    }

    WarningRegistry(JpaTemplate jpa, DoudiClock clock, HouseholdService households, StreetDirectory streets) {
        this(jpa, clock, households, streets, List.of());
    }

    /** For tests: with the guards DS would bind. */
    WarningRegistry(JpaTemplate jpa, DoudiClock clock, HouseholdService households, StreetDirectory streets,
            List<DecisionGuard> guards) {
        this.guards = guards;
        this.jpa = jpa;
        this.clock = clock;
        this.households = households;
        this.streets = streets;
        activate();
    }

    @Activate
    void activate() {
        workflow = new WarningWorkflow(new EnrolmentEffects(households, clock), households, streets, clock,
                () -> guards);
    }

    @Override
    public Optional<Warning> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        return Tx.run(jpa, em -> Optional.ofNullable(em.find(WarningEntity.class, id))
                .map(w -> view(em, w)));
    }

    @Override
    public Page<Warning> search(WarningQuery query) {
        WarningChecks.body(query);
        return Tx.run(jpa, em -> WarningSearch.page(em, query, clock.today(),
                householdId -> flags(em, householdId)));
    }

    @Override
    public Warning assign(String id, WarningAssignment assignment, WriteContext context) {
        return Tx.run(jpa, em -> {
            WarningEntity w = load(em, id);
            workflow.assign(em, w, assignment, context);
            return view(em, w);
        });
    }

    @Override
    public Warning verify(String id, WarningVerification verification, WriteContext context) {
        return Tx.run(jpa, em -> {
            WarningEntity w = load(em, id);
            workflow.verify(em, w, verification, context);
            return view(em, w);
        });
    }

    @Override
    public Warning dispose(String id, WarningDisposition disposition, WriteContext context) {
        return Tx.run(jpa, em -> {
            WarningEntity w = load(em, id);
            workflow.dispose(em, w, disposition, context);
            return view(em, w);
        });
    }

    @Override
    public List<StreetWarningSummary> summary(String street) {
        return Tx.run(jpa, em -> WarningSearch.summary(em, street, streets, clock.today()));
    }

    /** The warning as the API shows it, with the supervision flags on its household today. */
    private Warning view(EntityManager em, WarningEntity w) {
        return WarningViews.of(em, w, clock.today(), flags(em, w.getHouseholdId()));
    }

    /** The flags every registered source raises on {@code householdId}, read in the caller's transaction. */
    private List<SupervisionFlag> flags(EntityManager em, String householdId) {
        return SupervisionFlags.all(flagSources, em, householdId);
    }

    private static WarningEntity load(EntityManager em, String id) {
        WarningEntity w = id == null || id.length() > 64 ? null : em.find(WarningEntity.class, id);
        if (w == null) {
            throw DoudiException.notFound("warning " + id);
        }
        return w;
    }
}
