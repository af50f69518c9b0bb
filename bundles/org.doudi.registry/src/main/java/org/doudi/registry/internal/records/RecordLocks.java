package org.doudi.registry.internal.records;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiException;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.ProgramRecordLockRow;

/**
 * The lock of a program's records of one kind: a row per program and kind, locked for update inside each write, so
 * a guard's check and the write it allows are never interleaved with another write of that kind. A write runs in one
 * transaction; only the first write of a kind finds no row: it is then created in a transaction of its own (two
 * servers creating it at once: one insert wins, the other finds it) and the write runs again.
 */
final class RecordLocks {

    private RecordLocks() {
    }

    /** The lock row of a program and kind is missing: the write is rolled back, the row created, the write rerun. */
    static final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String programId;
        final String kind;

        Missing(String programId, String kind) {
            super("no lock row for " + programId + "/" + kind, null, false, false);
            this.programId = programId;
            this.kind = kind;
        }
    }

    /**
     * Runs a write in one transaction; when it met a missing lock row ({@link #take}), creates the row and runs it
     * once more (the work must only read before it takes the lock).
     */
    static <R> R write(JpaTemplate jpa, EmFunction<R> work) {
        try {
            return Tx.run(jpa, work);
        } catch (RuntimeException ex) {
            Missing missing = missing(ex);
            if (missing == null) {
                throw ex;
            }
            ensure(jpa, missing.programId, missing.kind);
            return Tx.run(jpa, work);
        }
    }

    private static Missing missing(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof Missing m) {
                return m;
            }
        }
        return null;
    }

    /** Makes sure the lock row exists (committed), in a transaction of its own. */
    static void ensure(JpaTemplate jpa, String programId, String kind) {
        ProgramRecordLockRow.Key key = new ProgramRecordLockRow.Key(programId, kind);
        try {
            Tx.run(jpa, em -> {
                if (em.find(ProgramRecordLockRow.class, key) == null) {
                    em.persist(new ProgramRecordLockRow(programId, kind));
                    em.flush();
                }
                return null;
            });
        } catch (DoudiException created) {
            if (created.status() != 409) {
                throw created;
            }
        }
    }

    /**
     * Locks the row until the transaction ends and counts the write; {@link Missing} when the kind has no row yet
     * ({@link #write} then creates it and runs the write again).
     */
    static void take(EntityManager em, String programId, String kind) {
        ProgramRecordLockRow row = em.find(ProgramRecordLockRow.class, new ProgramRecordLockRow.Key(programId, kind),
                LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new Missing(programId, kind);
        }
        row.counted();
        em.flush();
    }
}
