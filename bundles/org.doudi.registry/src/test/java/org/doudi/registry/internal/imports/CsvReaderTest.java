package org.doudi.registry.internal.imports;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class CsvReaderTest {

    private static CsvReader reader(String text) throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return new CsvReader(new ByteArrayInputStream(all));
    }

    @Test
    public void readsQuotedFieldsLineBreaksAndKeepsLinesAndOffsets() throws Exception {
        String text = "a,b,c\r\n\"天山路, 1号\",\"say \"\"hi\"\"\",\r\n\n\"two\nlines\",x,y";
        CsvReader r = reader(text);
        assertArrayEquals(new String[] {"a", "b", "c"}, r.next());
        assertEquals(1, r.firstLine());
        assertArrayEquals(new String[] {"天山路, 1号", "say \"hi\"", null}, r.next());
        assertEquals(2, r.firstLine());
        assertFalse(r.malformed());
        assertArrayEquals("the blank line is skipped", new String[] {"two\nlines", "x", "y"}, r.next());
        assertEquals(4, r.firstLine());
        assertEquals(5, r.lastLine());
        assertEquals(3 + text.getBytes(StandardCharsets.UTF_8).length, r.offset());
        assertNull(r.next());
    }

    @Test
    public void textAfterAClosingQuoteMarksTheRecordMalformed() throws Exception {
        CsvReader r = reader("\"a\"b,c\nd,e\n");
        assertArrayEquals(new String[] {"ab", "c"}, r.next());
        assertTrue(r.malformed());
        assertArrayEquals(new String[] {"d", "e"}, r.next());
        assertFalse(r.malformed());
        assertEquals(2, r.lastLine());
    }
}
