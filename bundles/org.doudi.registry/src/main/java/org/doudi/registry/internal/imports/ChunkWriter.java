package org.doudi.registry.internal.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.doudi.api.DoudiClock;
import org.doudi.api.registry.Member;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a chunk's households on one connection, inside the caller's transaction. If another writer registered one
 * of the chunk's households or ID numbers while the import ran (a unique key refuses the batch), the chunk is rolled
 * back, the households that now collide are moved out — skipped, or rejected at the member's line — and the rest is
 * written again.
 */
final class ChunkWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChunkWriter.class);
    private static final String UNIQUE_VIOLATION = "23505";
    /**
     * The tables a chunk writes many rows to, parents first (the order their locks are taken in, before any other
     * lock of the chunk). The few case and enrolment rows of migrated recipients keep row locks: a casework
     * transaction holding one of those tables and waiting for another of these cannot deadlock with a chunk.
     */
    static final List<String> TABLES = List.of("household", "household_import_ref", "household_member",
            "person_id_claim", "member_tag", "household_income", "household_asset", "household_expenditure",
            "person_circle");

    private final Connection connection;
    private final DoudiClock clock;
    private final SequentialIds ids;
    private final HouseholdRowsWriter households;
    private final EnrolmentRowsWriter enrolments;
    private final boolean lockTables;

    /**
     * @param lockTables take each table's exclusive lock at the start of a chunk: Derby then takes no row locks
     *                   (less work per row), but readers of the tables wait for the chunk to commit and writers
     *                   serialise on the locks
     */
    ChunkWriter(Connection connection, String jobId, String actor, LocalDate today, DoudiClock clock,
            boolean lockTables) throws SQLException {
        this.connection = connection;
        this.clock = clock;
        this.lockTables = lockTables;
        this.ids = new SequentialIds(clock.now());
        this.households = new HouseholdRowsWriter(connection, jobId, today);
        this.enrolments = new EnrolmentRowsWriter(connection, jobId, actor, today);
    }

    /** The connection the chunks are written and committed on. */
    Connection connection() {
        return connection;
    }

    /** Drops what the current chunk wrote. */
    void rollback() {
        try {
            connection.rollback();
            households.clear();
            enrolments.clear();
        } catch (SQLException e) {
            LOG.warn("Rolling back an import chunk failed", e);
        }
    }

    /** Writes the chunk's households (uncommitted); may move colliding ones out of it, see the class comment. */
    void write(ImportChunk chunk) throws SQLException {
        try {
            send(chunk);
        } catch (SQLException e) {
            if (!uniqueViolation(e)) {
                throw e;
            }
            LOG.info("Import chunk ending at line {} collided with a concurrent write; checking it again",
                    chunk.endLine);
            rollback();
            moveOutCollisions(chunk);
            send(chunk);
        }
    }

    private void send(ImportChunk chunk) throws SQLException {
        if (lockTables) {
            try (Statement s = connection.createStatement()) {
                for (String table : TABLES) {
                    s.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
                }
            }
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
        for (ImportedHousehold h : chunk.households) {
            households.add(h, now);
            if (h.enrolment() != null) {
                enrolments.add(h, ids.next(), ids.next(), now);
            }
        }
        households.execute();
        enrolments.execute();
    }

    private void moveOutCollisions(ImportChunk chunk) throws SQLException {
        Set<String> refs = present("SELECT source_ref FROM household_import_ref WHERE source_ref = ?",
                chunk.households.stream().map(ImportedHousehold::ref).toList());
        List<String> numbers = new ArrayList<>();
        chunk.households.forEach(h -> h.household().members().stream()
                .filter(m -> m.idNumber() != null && m.endedOn() == null).forEach(m -> numbers.add(m.idNumber())));
        Set<String> claimed = present("SELECT id_number FROM person_id_claim WHERE id_number = ?", numbers);
        for (Iterator<ImportedHousehold> it = chunk.households.iterator(); it.hasNext(); ) {
            ImportedHousehold h = it.next();
            if (refs.contains(h.ref())) {
                chunk.skipped++;
                it.remove();
                continue;
            }
            List<Member> members = h.household().members();
            boolean collides = false;
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                if (m.idNumber() != null && m.endedOn() == null && claimed.contains(m.idNumber())) {
                    chunk.errors.add(new RowError(h.memberLines()[i], h.ref(), RowError.reason("idNumber", "inUse",
                            "this person became an active member of another household while the import ran")));
                    collides = true;
                }
            }
            if (collides) {
                chunk.rejected++;
                it.remove();
            }
        }
    }

    private Set<String> present(String sql, List<String> keys) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (String key : keys) {
                p.setString(1, key);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        found.add(key);
                    }
                }
            }
        }
        return Collections.unmodifiableSet(found);
    }

    private static boolean uniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            for (Throwable t = x; t != null; t = t.getCause()) {
                if (t instanceof SQLException && UNIQUE_VIOLATION.equals(((SQLException) t).getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void close() throws SQLException {
        households.close();
        enrolments.close();
    }
}
