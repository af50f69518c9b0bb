package org.doudi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import javax.ws.rs.core.Response;
import org.doudi.api.DoudiException;
import org.junit.Test;

/** A busy registry (lock timeout, deadlock) answers 503 busy with Retry-After, not a 500 incident. */
public class BusyProblemTest {
    private static final DoudiException BUSY = new DoudiException(503, "busy",
            "the records are busy with other changes; nothing was changed: try again in a moment");

    @Test
    public void busyPassesThroughAs503WithRetryAfter() {
        for (Response r : new Response[] {new ProblemMappers.Business().toResponse(BUSY),
            new ProblemMappers.Unexpected().toResponse(BUSY)}) {
            assertEquals(503, r.getStatus());
            Problem p = (Problem) r.getEntity();
            assertEquals("urn:doudi:problem:busy", p.type());
            assertEquals("Service Unavailable", p.title());
            assertTrue(p.detail(), p.detail().contains("try again"));
            assertEquals("1", String.valueOf(r.getMetadata().getFirst("Retry-After")));
        }
    }

    @Test
    public void otherServerProblemsKeepTheirStatusWithoutRetryAfter() {
        Response r = new ProblemMappers.Business().toResponse(new DoudiException(503, "program-misconfigured", "x"));
        assertEquals(503, r.getStatus());
        assertEquals(null, r.getMetadata().getFirst("Retry-After"));
    }
}
