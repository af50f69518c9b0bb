package org.doudi.registry.internal.monitoring;

import org.doudi.registry.internal.csv.CsvReader;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.io.StringReader;
import java.util.List;
import org.junit.Test;

/** The feed CSV reader: RFC 4180, with limits so that one unbalanced quote cannot swallow the file. */
public class FeedCsvReaderTest {

    @Test
    public void readsQuotedCellsWithCommasQuotesAndAFewLineBreaks() throws Exception {
        try (CsvReader csv = new CsvReader(new StringReader("\uFEFFidNumber,date,note\r\n"
                + "1,2024-10-01,\"a, \"\"b\"\"\"\n\n2,2024-10-02,\"line one\nline two\nline three\"\n3,2024-10-03,"))) {
            assertEquals(List.of("idNumber", "date", "note"), csv.next());
            assertEquals(List.of("1", "2024-10-01", "a, \"b\""), csv.next());
            assertEquals(2, csv.line());
            assertEquals(List.of("2", "2024-10-02", "line one\nline two\nline three"), csv.next());
            assertEquals(4, csv.line());
            assertEquals(List.of("3", "2024-10-03", ""), csv.next());
            assertEquals(7, csv.line());
            assertNull(csv.next());
        }
    }

    @Test
    public void aQuoteLeftOpenFailsTheFileAtTheLineWhereItOpened() throws Exception {
        StringBuilder file = new StringBuilder("idNumber,date,note\n1,2024-10-01,ok\n2,2024-10-02,\"broken\n");
        for (int i = 3; i < 100; i++) {
            file.append(i).append(",2024-10-03,fine\n");
        }
        malformed(file.toString(), 2, "line 3: the quoted field opened on line 3 runs over more than 5 lines");
    }

    @Test
    public void aQuoteOpenAtTheEndOfTheFileFailsIt() throws Exception {
        malformed("idNumber,date\n1,2024-10-01\n2,\"2024-10-02\n", 2,
                "line 3: the quoted field opened on line 3 is not closed at the end of the file");
    }

    @Test
    public void aFieldLongerThanTheLimitFailsTheFile() throws Exception {
        String huge = "x".repeat(CsvReader.MAX_FIELD_CHARS + 1);
        malformed("idNumber,date\n1," + huge + "\n", 1, "line 2: a field longer than 10000 characters");
        malformed("idNumber,date\n1,\"" + huge + "\"\n", 1,
                "line 2: a field longer than 10000 characters after the quote opened on line 2");
        try (CsvReader csv = new CsvReader(new StringReader("a\n" + "y".repeat(CsvReader.MAX_FIELD_CHARS) + "\n"))) {
            csv.next();
            assertEquals(CsvReader.MAX_FIELD_CHARS, csv.next().get(0).length());
        }
    }

    /** Reads {@code good} records, then expects the failure. */
    private static void malformed(String text, int good, String message) throws Exception {
        try (CsvReader csv = new CsvReader(new StringReader(text))) {
            for (int i = 0; i < good; i++) {
                csv.next();
            }
            csv.next();
            fail("expected a malformed file");
        } catch (CsvReader.MalformedCsvException e) {
            assertEquals(e.getMessage(), message, e.getMessage().substring(0, Math.min(message.length(),
                    e.getMessage().length())));
        }
    }
}
