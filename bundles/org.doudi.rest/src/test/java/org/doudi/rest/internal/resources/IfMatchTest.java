package org.doudi.rest.internal.resources;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.doudi.api.DoudiException;
import org.junit.Test;

public class IfMatchTest {

    @Test
    public void readsStrongWeakAndBareVersions() {
        assertEquals(3, IfMatch.version("\"3\"", "h"));
        assertEquals(3, IfMatch.version("W/\"3\"", "h"));
        assertEquals(12, IfMatch.version(" 12 ", "h"));
    }

    @Test
    public void missingIs428AndGarbageIs412() {
        assertStatus(null, 428);
        assertStatus("  ", 428);
        assertStatus("\"abc\"", 412);
        assertStatus("*", 412);
    }

    private static void assertStatus(String header, int status) {
        try {
            IfMatch.version(header, "household x");
            fail("accepted " + header);
        } catch (DoudiException e) {
            assertEquals(status, e.status());
        }
    }
}
