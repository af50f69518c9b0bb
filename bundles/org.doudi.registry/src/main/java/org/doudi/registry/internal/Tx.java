package org.doudi.registry.internal;

import java.sql.SQLException;
import java.util.Set;
import javax.persistence.LockTimeoutException;
import javax.persistence.OptimisticLockException;
import javax.persistence.PessimisticLockException;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.doudi.api.DoudiException;

/**
 * Runs a unit of work in one transaction and turns persistence failures into business answers: a concurrent change
 * 412, a duplicate 409, and a lock wait that timed out or a deadlock (Derby 40XL1, 40XL2; PostgreSQL 40001, 40P01,
 * 55P03) 503 {@code busy}, the transaction rolled back and safe to try again.
 */
public final class Tx {
    private static final String UNIQUE_VIOLATION = "23505";
    /** Lock timeout, deadlock, serialization failure, lock not available: the work may simply be run again. */
    static final Set<String> BUSY = Set.of("40XL1", "40XL2", "40001", "40P01", "55P03");

    private Tx() {
    }

    public static <R> R run(JpaTemplate jpa, EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (RuntimeException ex) {
            throw translate(ex);
        }
    }

    static RuntimeException translate(RuntimeException ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof DoudiException) {
                return (DoudiException) t;
            }
            if (t instanceof OptimisticLockException) {
                return new DoudiException(412, "stale-version",
                        "the record was changed by someone else at the same time; read it again and reapply the change");
            }
            if (t instanceof SQLException && UNIQUE_VIOLATION.equals(((SQLException) t).getSQLState())) {
                return DoudiException.conflict("a concurrent request registered the same data first; read and retry");
            }
            if (t instanceof SQLException && busy((SQLException) t)
                    || t instanceof LockTimeoutException || t instanceof PessimisticLockException) {
                return busy();
            }
        }
        return ex;
    }

    /** 503 {@code busy}: the records were locked by concurrent work for too long, nothing was changed. */
    static DoudiException busy() {
        return new DoudiException(503, "busy", "the records are busy with other changes (a lock wait timed out or"
                + " two changes blocked each other); nothing was changed: try again in a moment");
    }

    private static boolean busy(SQLException e) {
        int depth = 0;
        for (SQLException s = e; s != null && depth < 10; s = s.getNextException(), depth++) {
            if (s.getSQLState() != null && BUSY.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
