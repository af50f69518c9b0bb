package org.doudi.registry.internal.supervision.reconciliation;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.Page;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.supervision.Mismatch;
import org.doudi.api.supervision.MismatchQuery;
import org.doudi.api.supervision.MismatchResolutionRequest;
import org.doudi.api.supervision.Reconciliation;
import org.doudi.api.supervision.ReconciliationService;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.ReconciliationTotalRow;
import org.doudi.registry.internal.supervision.DecisionGuard;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fund reconciliation: reads the platform's file as it streams in, reads the month's roll and the file's people
 * from the registry, compares them ({@link ReconciliationMatcher}) and stores the outcome with its audit entry in
 * one transaction. Synchronous: a district's month (10k–200k rows) takes seconds. Reads and resolutions are in
 * {@link ReconciliationReads} and {@link MismatchResolutions}.
 */
@Component(service = ReconciliationService.class)
public class ReconciliationRegistry implements ReconciliationService {
    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationRegistry.class);
    static final int MAX_FILE_NAME = 200;

    @Reference(target = "(osgi.jndi.service.name=doudi)")
    private DataSource dataSource;
    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query
    /** Close relatives: settling a household's mismatch is a decision about it (at least one guard bound). */
    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<DecisionGuard> guards = List.of();

    public ReconciliationRegistry() {
    }

    ReconciliationRegistry(DataSource dataSource, JpaTemplate jpa, DoudiClock clock, List<DecisionGuard> guards) {
        this.dataSource = dataSource;
        this.jpa = jpa;
        this.clock = clock;
        this.guards = guards;
    }

    @Override
    public Reconciliation reconcile(YearMonth month, InputStream csv, String fileName, WriteContext context) {
        LocalDate today = clock.today();
        checkMonth(month, today);
        checkFileName(fileName);
        FundPaymentFile file = FundPaymentFile.read(csv, month, today);
        List<MismatchDraft> mismatches;
        List<ReconciliationTotalRow> totals;
        try (Connection c = dataSource.getConnection()) {
            RollSnapshot snapshot = RollSnapshot.load(c, month, today);
            Set<String> ids = new LinkedHashSet<>();
            file.rows().stream().filter(r -> !r.unreadable()).forEach(r -> ids.add(r.idNumber()));
            ReconciliationMatcher.Outcome outcome = new ReconciliationMatcher(month, today, snapshot,
                    PersonLookup.memberships(c, ids)).match(file.rows());
            Map<String, String> heads = PersonLookup.heads(c, outcome.unpaidHouseholds());
            mismatches = new ArrayList<>(outcome.mismatches().size());
            for (MismatchDraft d : outcome.mismatches()) {
                mismatches.add(d.idNumber() == null ? d.withIdNumber(heads.get(d.householdId())) : d);
            }
            totals = ReconciliationTally.of(snapshot.roll(), outcome.paid(), mismatches);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the payment roll for " + month + " failed", e);
        }
        String id = UUID.randomUUID().toString();
        Tx.run(jpa, em -> {
            ReconciliationWriter.write(em, clock.now(), id, month, fileName, file, mismatches, totals, context);
            return id;
        });
        LOG.info("Reconciliation {} of {} by {}: {} rows ({} with a bad value), {} mismatches", id, month,
                context.actor(), file.rowCount(), file.errorRows(), mismatches.size());
        return find(id).orElseThrow();
    }

    private void checkMonth(YearMonth month, LocalDate today) {
        if (month == null) {
            throw new ValidationException("month", "required", "the month to reconcile (yyyy-MM) is required");
        }
        if (month.isAfter(YearMonth.from(today))) {
            throw new ValidationException("month", "notFuture", "cannot be after the current month ("
                    + YearMonth.from(today) + ")");
        }
    }

    private static void checkFileName(String fileName) {
        if (fileName != null && (fileName.isBlank() || fileName.length() > MAX_FILE_NAME
                || fileName.chars().anyMatch(Character::isISOControl))) {
            throw new ValidationException("fileName", "format", "must be 1 to " + MAX_FILE_NAME
                    + " printable characters");
        }
    }

    @Override
    public Optional<Reconciliation> find(String id) {
        return ReconciliationReads.find(jpa, id);
    }

    @Override
    public Page<Reconciliation> list(YearMonth month, int page, int size) {
        return ReconciliationReads.list(jpa, month, page, size);
    }

    @Override
    public Page<Mismatch> mismatches(String id, MismatchQuery query) {
        return ReconciliationReads.mismatches(jpa, id, query);
    }

    @Override
    public Optional<Mismatch> mismatch(String id, int no) {
        return ReconciliationReads.mismatch(jpa, id, no);
    }

    @Override
    public Mismatch resolve(String id, int no, MismatchResolutionRequest resolution, WriteContext context) {
        return MismatchResolutions.resolve(jpa, clock.now(), id, no, resolution, context, guards);
    }
}
