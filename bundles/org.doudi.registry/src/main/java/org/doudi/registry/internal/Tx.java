package org.doudi.registry.internal;

import java.sql.SQLException;
import javax.persistence.OptimisticLockException;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.doudi.api.DoudiException;

/** Runs a unit of work in one transaction and turns persistence failures into business answers. */
public final class Tx {
    private static final String UNIQUE_VIOLATION = "23505";

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
        }
        return ex;
    }
}
