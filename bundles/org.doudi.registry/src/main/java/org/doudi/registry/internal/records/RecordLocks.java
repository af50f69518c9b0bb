package org.doudi.registry.internal.records;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiException;
import org.doudi.registry.internal.Tx;
import org.doudi.registry.internal.entity.ProgramRecordLockRow;

/**
 * The lock of a program's records of one kind: a row per program and kind, created once in its own transaction
 * (two servers creating it at once: one insert wins, the other finds it), then locked for update inside each write,
 * so a guard's check and the write it allows are never interleaved with another write of that kind.
 */
final class RecordLocks {

    private RecordLocks() {
    }

    /** Makes sure the lock row exists (committed), before the write's transaction begins. */
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

    /** Locks the row until the transaction ends; counts the write. */
    static void take(EntityManager em, String programId, String kind) {
        ProgramRecordLockRow row = em.find(ProgramRecordLockRow.class, new ProgramRecordLockRow.Key(programId, kind),
                LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new ProgramRecordLockRow(programId, kind);
            em.persist(row);
        }
        row.counted();
        em.flush();
    }
}
