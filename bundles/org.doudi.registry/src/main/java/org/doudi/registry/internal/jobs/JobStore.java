package org.doudi.registry.internal.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.doudi.api.Page;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobError;
import org.doudi.api.jobs.JobQuery;
import org.doudi.api.jobs.JobState;
import org.doudi.api.jobs.JobType;

/** The {@code job} and {@code job_error} tables, in plain JDBC. */
final class JobStore {
    private static final String COLUMNS = "id, job_type, state, created_by, street, parameters, input_file, input_hash,"
            + " total_units, processed, checkpoint, counts, error_count, message, cancel_requested, created_at,"
            + " started_at, finished_at";

    private final DataSource ds;

    JobStore(DataSource ds) {
        this.ds = ds;
    }

    void insert(LiveJob j) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO job (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(true);
            ps.setString(1, j.id());
            ps.setString(2, j.type().name());
            ps.setString(3, j.state().name());
            ps.setString(4, j.actor());
            ps.setString(5, j.street());
            ps.setString(6, JobRows.json(j.parameters()));
            ps.setString(7, j.input() == null ? null : j.input().toString());
            ps.setString(8, j.inputHash());
            ps.setNull(9, Types.BIGINT);
            ps.setLong(10, 0);
            ps.setLong(11, 0);
            ps.setString(12, "{}");
            ps.setLong(13, 0);
            ps.setString(14, null);
            ps.setBoolean(15, false);
            ps.setTimestamp(16, JobRows.ts(j.createdAt()));
            ps.setTimestamp(17, null);
            ps.setTimestamp(18, null);
            ps.executeUpdate();
        }
    }

    /** Progress only (safe at any moment: it claims no committed work). */
    void progress(LiveJob j) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE job SET state = ?, total_units = ?, processed = ?, started_at = ? WHERE id = ?")) {
            c.setAutoCommit(true);
            ps.setString(1, j.state().name());
            setLong(ps, 2, j.totalOrNull());
            ps.setLong(3, j.processedNow());
            ps.setTimestamp(4, JobRows.ts(j.startedAt()));
            ps.setString(5, j.id());
            ps.executeUpdate();
        }
    }

    /** Checkpoint, counts and new errors, on the caller's connection (inside its transaction). */
    void checkpoint(Connection tx, LiveJob j, long position, List<JobError> newErrors, int firstSeq, long errorCount)
            throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("UPDATE job SET checkpoint = ?, processed = ?, total_units = ?,"
                + " counts = ?, error_count = ? WHERE id = ?")) {
            ps.setLong(1, position);
            ps.setLong(2, j.processedNow());
            setLong(ps, 3, j.totalOrNull());
            ps.setString(4, JobRows.json(j.countsNow()));
            ps.setLong(5, errorCount);
            ps.setString(6, j.id());
            ps.executeUpdate();
        }
        insertErrors(tx, j.id(), newErrors, firstSeq);
    }

    void finish(LiveJob j, List<JobError> newErrors, int firstSeq, long errorCount) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("UPDATE job SET state = ?, total_units = ?, processed = ?,"
                    + " counts = ?, error_count = ?, message = ?, started_at = ?, finished_at = ?,"
                    + " cancel_requested = ? WHERE id = ?")) {
                ps.setString(1, j.state().name());
                setLong(ps, 2, j.totalOrNull());
                ps.setLong(3, j.processedNow());
                ps.setString(4, JobRows.json(j.countsNow()));
                ps.setLong(5, errorCount);
                ps.setString(6, JobRows.cut(j.message(), 1000));
                ps.setTimestamp(7, JobRows.ts(j.startedAt()));
                ps.setTimestamp(8, JobRows.ts(j.finishedAt()));
                ps.setBoolean(9, j.cancelRequested());
                ps.setString(10, j.id());
                ps.executeUpdate();
                insertErrors(c, j.id(), newErrors, firstSeq);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    void markCancelRequested(String id) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE job SET cancel_requested = ? WHERE id = ?")) {
            c.setAutoCommit(true);
            ps.setBoolean(1, true);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    private static void insertErrors(Connection c, String jobId, List<JobError> errors, int firstSeq) throws SQLException {
        if (errors.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO job_error (job_id, seq, line_no, ref, reason) VALUES (?, ?, ?, ?, ?)")) {
            int seq = firstSeq;
            for (JobError e : errors) {
                ps.setString(1, jobId);
                ps.setInt(2, seq++);
                setLong(ps, 3, e.line());
                ps.setString(4, JobRows.cut(e.ref(), 100));
                ps.setString(5, JobRows.cut(e.reason() == null ? "rejected" : e.reason(), 500));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A stored job (without live progress), or null. */
    Job find(String id) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM job WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs, errors(c, id)) : null;
            }
        }
    }

    /** The stored row as a live job to resume, or null. */
    LiveJob resumable(String id, JobRegistry owner) throws SQLException {
        Job j = find(id);
        if (j == null || j.state().isFinal()) {
            return null;
        }
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT checkpoint, input_file, input_hash, cancel_requested FROM job WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return LiveJob.resumed(owner, j, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4));
            }
        }
    }

    List<String> unfinished() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM job WHERE state = ? OR state = ? ORDER BY created_at")) {
            ps.setString(1, JobState.QUEUED.name());
            ps.setString(2, JobState.RUNNING.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    Page<Job> search(JobQuery q) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (q.type() != null) {
            where.append(" AND job_type = ?");
            args.add(q.type().name());
        }
        if (q.state() != null) {
            where.append(" AND state = ?");
            args.add(q.state().name());
        }
        if (q.street() != null) {
            where.append(" AND street = ?");
            args.add(q.street());
        }
        try (Connection c = ds.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM job" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Job> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM job" + where
                    + " ORDER BY created_at DESC, id OFFSET " + ((long) q.page() * q.size()) + " ROWS FETCH NEXT "
                    + q.size() + " ROWS ONLY")) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(read(rs, List.of()));
                    }
                }
            }
            return new Page<>(items, q.page(), q.size(), total);
        }
    }

    private static List<JobError> errors(Connection c, String id) throws SQLException {
        List<JobError> errors = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT line_no, ref, reason FROM job_error WHERE job_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long line = rs.getLong(1);
                    errors.add(new JobError(rs.wasNull() ? null : line, rs.getString(2), rs.getString(3)));
                }
            }
        }
        return errors;
    }

    private static Job read(ResultSet rs, List<JobError> errors) throws SQLException {
        long total = rs.getLong("total_units");
        Long totalUnits = rs.wasNull() ? null : total;
        long processed = rs.getLong("processed");
        JobState state = JobState.valueOf(rs.getString("state"));
        return new Job(rs.getString("id"), JobType.valueOf(rs.getString("job_type")), state,
                LiveJob.percent(state, processed, totalUnits), processed, totalUnits,
                JobRows.longs(rs.getString("counts")), rs.getLong("error_count"), errors, rs.getString("message"),
                JobRows.strings(rs.getString("parameters")), rs.getString("created_by"), rs.getString("street"),
                JobRows.instant(rs.getTimestamp("created_at")), JobRows.instant(rs.getTimestamp("started_at")),
                JobRows.instant(rs.getTimestamp("finished_at")));
    }

    private static void bind(PreparedStatement ps, List<String> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setString(i + 1, args.get(i));
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }
}
