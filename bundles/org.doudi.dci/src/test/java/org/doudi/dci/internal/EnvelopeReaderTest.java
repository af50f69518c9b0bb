package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.junit.Test;

public class EnvelopeReaderTest {
    private static final String HEADER = "\"version\":\"1.0.0\",\"message_id\":\"m1\",\"message_ts\":"
            + "\"2025-01-29T10:00:00+08:00\",\"sender_id\":\"spmis\",\"total_count\":1";

    private static String envelope(String header, String message) {
        return "{\"header\":{" + header + "},\"message\":" + message + "}";
    }

    @Test
    public void readsAValidEnvelope() {
        Envelope e = EnvelopeReader.read(envelope(HEADER + ",\"action\":\"search\",\"meta\":{\"notify_uri\":\"x\"}",
                "{\"transaction_id\":\"t1\"}"), "search");
        assertEquals("m1", e.messageId());
        assertEquals("spmis", e.senderId());
        assertEquals("t1", e.transactionId());
        assertEquals("x", e.meta("notify_uri"));
    }

    @Test
    public void refusesWithTheSpecsCodes() {
        String ok = "{\"transaction_id\":\"t1\"}";
        refused("{oops", "err.request.bad", null);
        refused("{\"message\":{}}", "err.request.bad", null);
        refused(envelope(HEADER + ",\"action\":\"subscribe\"", ok), "err.request.bad", "rjct.action.not_supported");
        refused(envelope(HEADER.replace("+08:00", ""), ok), "err.request.bad", "rjct.message_ts.invalid");
        refused(envelope(HEADER.replace("1.0.0", "2.0.0") + ",\"action\":\"search\"", ok),
                "err.version.not_supported", "rjct.version.invalid");
        refused(envelope(HEADER.replace("\"total_count\":1", "\"total_count\":\"one\"") + ",\"action\":\"search\"",
                ok), "err.request.bad", "rjct.total_count.invalid");
        refused(envelope(HEADER + ",\"action\":\"search\",\"is_msg_encrypted\":true", ok), "err.encryption.invalid",
                null);
        refused(envelope(HEADER + ",\"action\":\"search\"", "{}"), "err.request.bad", null);
    }

    @Test
    public void callbacksGoToHttpOnly() {
        assertEquals("https://p.example/cb", EnvelopeReader.callbackUri("https://p.example/cb"));
        for (String bad : new String[] {null, "", "file:///etc/passwd", "ftp://p.example/x", "http:/nohost"}) {
            try {
                EnvelopeReader.callbackUri(bad);
                fail("accepted " + bad);
            } catch (DciRejection expected) {
                assertEquals("err.sender_uri.invalid", expected.errorCode);
            }
        }
    }

    private static void refused(String body, String code, String reason) {
        try {
            EnvelopeReader.read(body, "search");
            fail("accepted " + body);
        } catch (DciRejection r) {
            assertEquals(r.getMessage(), code, r.errorCode);
            assertEquals(r.getMessage(), reason, r.headerReason);
        }
    }
}
