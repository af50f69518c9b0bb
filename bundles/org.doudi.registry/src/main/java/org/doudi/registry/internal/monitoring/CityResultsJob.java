package org.doudi.registry.internal.monitoring;

import org.doudi.registry.internal.csv.CsvReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.ValidationException;
import org.doudi.api.jobs.JobType;
import org.doudi.api.monitoring.WarningSource;
import org.doudi.api.registry.HouseholdService;
import org.doudi.registry.internal.RegistrySchema;
import org.doudi.registry.internal.jobs.JobKind;
import org.doudi.registry.internal.jobs.JobRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Imports the city monitoring platform's monthly results for one street as warnings (source CITY_PLATFORM),
 * deduplicated against ours by the same fact hash: a fact we raised already becomes source BOTH, never a second
 * warning. A row about someone who is not an active member of the registry, or who is registered in another street
 * than the job's, is reported and skipped; a reported death suspends at once, as our own comparison does, for
 * whatever was committed — also when the import is cancelled or fails — and only in the job's street. The import
 * holds {@link WarningWriteLock}; a broken CSV fails it naming the line where the runaway quote began.
 */
@Component(service = JobKind.class)
public class CityResultsJob implements JobKind {
    private static final int COMMIT_EVERY = 1_000;

    @Reference(target = "(osgi.jndi.service.name=doudi)")
    private DataSource dataSource;
    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private HouseholdService households;
    @Reference
    private RegistrySchema schema; // the tables exist before the first import

    private DeathSuspensions suspensions;

    public CityResultsJob() {
    }

    CityResultsJob(DataSource dataSource, JpaTemplate jpa, DoudiClock clock, HouseholdService households) {
        this.dataSource = dataSource;
        this.jpa = jpa;
        this.clock = clock;
        this.households = households;
        activate();
    }

    @Activate
    void activate() {
        suspensions = new DeathSuspensions(jpa, new EnrolmentEffects(households, clock), clock);
    }

    @Override
    public JobType type() {
        return JobType.CITY_RESULTS_IMPORT;
    }

    @Override
    public String run(JobRun run) throws Exception {
        String street = run.street() != null ? run.street() : JobParams.required(run.parameters(), JobParams.STREET);
        String month = JobParams.month(JobParams.MONTH, run.parameters().get(JobParams.MONTH));
        if (run.input() == null) {
            throw new ValidationException("input", "required", "the import has no stored upload");
        }
        run.total(Math.max(0, FeedFiles.lines(run.input()) - 1));
        if (!WarningWriteLock.acquire(run)) {
            return "cancelled while another job was writing warnings";
        }
        boolean cancelled;
        long suspended;
        try {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    cancelled = importRows(c, street, month, run);
                } catch (Exception e) {
                    Jdbc.rollbackQuietly(c);
                    throw e;
                }
            }
        } finally {
            suspended = suspensions.applyDueSafely(street); // whatever was committed, also when cancelled or failing
            run.count("suspended", suspended);
            WarningWriteLock.release();
        }
        if (cancelled) {
            return "cancelled after line " + run.checkpoint() + "; " + suspended + " enrolments suspended";
        }
        return String.format("city results of %s for %s: %d warnings imported, %d already raised by us (now BOTH), "
                + "%d imported before, %d rejected, %d enrolments suspended", street, month, run.countOf("warnings"),
                run.countOf("merged"), run.countOf("alreadyImported"), run.countOf("rejected"), suspended);
    }

    /** Returns true if cancelled. */
    private boolean importRows(Connection c, String street, String month, JobRun run) throws Exception {
        LocalDate today = clock.today();
        long resumeAfter = run.checkpoint();
        String source = "city platform results, " + street + " " + month;
        Set<String> seen = new HashSet<>();
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(run.input(), StandardCharsets.UTF_8));
                RegistryProbe registry = new RegistryProbe(c);
                WarningWriter writer = new WarningWriter(c, LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
                PreparedStatement existing = c.prepareStatement("SELECT id, source FROM warning WHERE fact_hash = ?");
                PreparedStatement both = c.prepareStatement("UPDATE warning SET source = ?, version = version + 1"
                        + " WHERE id = ? AND source = ?")) {
            List<String> header = csv.next();
            if (header == null) {
                throw new ValidationException("file", "required", "the file is empty (a header row is needed)");
            }
            Map<String, Integer> columns;
            try {
                columns = CityResultRow.header(header);
            } catch (ValidationException e) {
                run.error(1L, null, e.getMessage());
                throw e;
            }
            long line = resumeAfter;
            long rows = 0;
            int sinceCommit = 0;
            try {
                for (List<String> cells; (cells = csv.next()) != null;) {
                    rows++;
                    if (csv.line() <= resumeAfter) {
                        continue;
                    }
                    line = csv.line();
                    try {
                        CityResultRow row = CityResultRow.parse(line, cells, columns, today);
                        String outcome = take(row, street, registry, existing, both, writer, seen, source, month);
                        run.count(outcome, 1);
                    } catch (RowRejected e) {
                        run.error(line, null, e.getMessage());
                        run.count("rejected", 1);
                    }
                    if (++sinceCommit >= COMMIT_EVERY) {
                        commit(c, writer, run, line, rows);
                        sinceCommit = 0;
                        if (run.cancelRequested()) {
                            return true;
                        }
                    }
                }
            } catch (CsvReader.MalformedCsvException e) {
                commit(c, writer, run, line, rows); // the rows before the break were read whole
                run.error(e.line(), null, e.getMessage());
                throw new ValidationException("file", "csv", e.getMessage() + "; the rows before it were imported");
            }
            commit(c, writer, run, line, rows);
            return false;
        }
    }

    /** Raises, merges or skips one row; returns the count it adds to. */
    private static String take(CityResultRow row, String street, RegistryProbe registry, PreparedStatement existing,
            PreparedStatement both, WarningWriter writer, Set<String> seen, String source, String month)
            throws SQLException, RowRejected {
        FeedFact fact = row.fact();
        RegisteredPerson person = registry.find(fact.idNumber());
        if (person == null) {
            throw RowRejected.of("idNumber", "registered", "is not an active member of the registry");
        }
        if (!street.equals(person.street())) { // the street's results speak for its own households only
            throw RowRejected.of("idNumber", "otherStreet", "the person is registered in another street, not "
                    + street);
        }
        String hash = FactHash.of(fact.idNumber(), row.type(), fact.date(), fact.key(), fact.amount());
        if (!seen.add(hash)) {
            return "alreadyImported";
        }
        existing.setString(1, hash);
        try (ResultSet rs = existing.executeQuery()) {
            if (rs.next()) {
                if (WarningSource.DOUDI.name().equals(rs.getString(2))) {
                    both.setString(1, WarningSource.BOTH.name());
                    both.setString(2, rs.getString(1));
                    both.setString(3, WarningSource.DOUDI.name());
                    both.executeUpdate();
                    return "merged";
                }
                return "alreadyImported";
            }
        }
        writer.add(FactMatcher.draft(row.type(), fact, person, registry, hash, source, WarningSource.CITY_PLATFORM,
                null, month));
        return "warnings";
    }

    private static void commit(Connection c, WarningWriter writer, JobRun run, long line, long rows)
            throws SQLException {
        int skipped = writer.flush().size(); // raised by another writer meanwhile: imported before, after all
        if (skipped > 0) {
            run.count("warnings", -skipped);
            run.count("alreadyImported", skipped);
        }
        run.processed(rows);
        run.checkpoint(c, line);
        c.commit();
    }
}
