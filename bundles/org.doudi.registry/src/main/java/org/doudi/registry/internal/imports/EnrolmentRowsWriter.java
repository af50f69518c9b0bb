package org.doudi.registry.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.EnrolmentStatus;

/**
 * Writes a migrated household's current assistance the way a grant leaves it: a GRANTED case decided on the day the
 * assistance began (no program decision: it was taken on the source platform; the credit commitment and the
 * verification authorisation were signed there), one transition saying it was migrated, and an ACTIVE enrolment
 * paying from that month, with its first status change. The next review follows the yearly cycle from that day.
 */
final class EnrolmentRowsWriter implements AutoCloseable {
    /** The reason on the case's only transition and the enrolment's first change. */
    static final String MIGRATED = "migrated from the district platform";

    private final String jobId;
    private final String actor;
    private final LocalDate today;
    private final SqlBatch cases;
    private final SqlBatch transitions;
    private final SqlBatch enrolments;
    private final SqlBatch changes;
    private final SqlBatch[] order;

    EnrolmentRowsWriter(Connection c, String jobId, String actor, LocalDate today) throws SQLException {
        this.jobId = jobId;
        this.actor = actor;
        this.today = today;
        cases = new SqlBatch(c, "case_file", "id", "household_id", "program_id", "street", "status", "accepted_on",
                "deadline", "deadline_days", "deadline_provisional", "calendar_revision", "credit_commitment",
                "verification_authorisation", "payee_account", "decided_on", "enrolment_id", "version", "created_at",
                "updated_at");
        transitions = new SqlBatch(c, "case_transition", "case_id", "seq", "from_status", "to_status", "effective_on",
                "recorded_at", "actor", "reason", "evidence");
        enrolments = new SqlBatch(c, "enrolment", "id", "household_id", "program_id", "case_id", "street",
                "monthly_amount", "start_month", "next_review", "payee_account", "status", "status_since", "version",
                "created_at", "updated_at");
        changes = new SqlBatch(c, "enrolment_change", "enrolment_id", "seq", "status", "note", "effective_on",
                "recorded_at", "actor");
        order = new SqlBatch[] {cases, transitions, enrolments, changes};
    }

    /** Adds the case and enrolment of {@code h}, if it has current assistance, with the given new ids. */
    void add(ImportedHousehold h, String caseId, String enrolmentId, Timestamp now) throws SQLException {
        MigratedEnrolment e = h.enrolment();
        String householdId = h.household().id();
        String street = h.household().street();
        String evidence = "import job " + jobId + ", householdRef " + h.ref() + ", line " + h.firstLine();
        cases.text(caseId).text(householdId).text(e.programId()).text(street).name(CaseStatus.GRANTED).date(e.since())
                .date(e.since()).integer(0).bool(false).bigint(0).bool(true).bool(true).text(e.payeeAccount())
                .date(e.since()).text(enrolmentId).bigint(1).timestamp(now).timestamp(now).add();
        transitions.text(caseId).integer(0).text(null).name(CaseStatus.GRANTED).date(e.since()).timestamp(now)
                .text(actor).text(MIGRATED).text(evidence.length() > 500 ? evidence.substring(0, 500) : evidence).add();
        enrolments.text(enrolmentId).text(householdId).text(e.programId()).text(caseId).text(street)
                .money(e.monthlyAmount()).text(YearMonth.from(e.since()).toString()).date(e.nextReview(today))
                .text(e.payeeAccount()).name(EnrolmentStatus.ACTIVE).date(e.since()).bigint(1).timestamp(now)
                .timestamp(now).add();
        changes.text(enrolmentId).integer(0).name(EnrolmentStatus.ACTIVE).text(MIGRATED + " (case " + caseId + ")")
                .date(e.since()).timestamp(now).text(actor).add();
    }

    /** Sends every batch, parents first (after the households). */
    void execute() throws SQLException {
        for (SqlBatch b : order) {
            b.execute();
        }
    }

    void clear() throws SQLException {
        for (SqlBatch b : order) {
            b.clear();
        }
    }

    @Override
    public void close() throws SQLException {
        for (SqlBatch b : order) {
            b.close();
        }
    }
}
