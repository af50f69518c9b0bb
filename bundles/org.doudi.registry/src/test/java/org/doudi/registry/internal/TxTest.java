package org.doudi.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import javax.persistence.PersistenceException;
import org.doudi.api.DoudiException;
import org.junit.Test;

/** Persistence failures become business answers: lock timeouts and deadlocks are 503 busy, to try again. */
public class TxTest {

    private static RuntimeException wrapped(String sqlState) {
        return new PersistenceException("Exception [EclipseLink-4002]",
                new RuntimeException("internal", new SQLException("lock", sqlState)));
    }

    @Test
    public void lockTimeoutsAndDeadlocksAreBusy() {
        for (String state : new String[] {"40XL1", "40XL2", "40001", "40P01", "55P03"}) {
            RuntimeException r = Tx.translate(wrapped(state));
            assertTrue(state + ": " + r, r instanceof DoudiException);
            DoudiException d = (DoudiException) r;
            assertEquals(state, 503, d.status());
            assertEquals(state, "busy", d.type());
            assertTrue(d.getMessage(), d.getMessage().contains("try again"));
        }
    }

    @Test
    public void aChainedDerbyExceptionIsRecognisedToo() {
        SQLException top = new SQLException("statement failed", "XJ001");
        top.setNextException(new SQLException("A lock could not be obtained within the time requested", "40XL1"));
        assertEquals(503, ((DoudiException) Tx.translate(new PersistenceException(top))).status());
    }

    @Test
    public void duplicatesStayConflictsAndOtherFailuresPassThrough() {
        assertEquals(409, ((DoudiException) Tx.translate(wrapped("23505"))).status());
        RuntimeException other = wrapped("42X05");
        assertSame(other, Tx.translate(other));
    }
}
