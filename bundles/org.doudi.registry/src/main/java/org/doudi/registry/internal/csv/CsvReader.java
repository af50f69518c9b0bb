package org.doudi.registry.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: comma separated, double quotes, quoted line breaks) record by record without holding the
 * file, and tells the line each record starts on. A byte-order mark before the header is dropped. Used for the
 * partner feeds, the city platform's results and the fund platform's export.
 *
 * <p>These files hold one fact a line; a quoted line break is allowed for a note, but one unbalanced quote would
 * otherwise swallow the rest of the file into one field. So a field may hold at most {@link #MAX_FIELD_CHARS}
 * characters and a record may span at most {@link #MAX_RECORD_LINES} physical lines; past either, or at the end of
 * the file inside a quote, reading stops with a {@link MalformedCsvException} naming the line where the quote
 * opened.
 */
public final class CsvReader implements AutoCloseable {
    /** The longest field read: longer is a broken file, not data. */
    public static final int MAX_FIELD_CHARS = 10_000;
    /** The most physical lines one record may span (quoted line breaks). */
    public static final int MAX_RECORD_LINES = 5;

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int length;
    private int pos;
    private long line = 1;
    private long recordLine;
    private boolean first = true;
    private final StringBuilder cell = new StringBuilder(64);

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The line the last record returned starts on (1 = the first line of the file). */
    public long line() {
        return recordLine;
    }

    /**
     * The next record's cells, or null at the end. Blank lines are skipped.
     *
     * @throws MalformedCsvException on a runaway quote or an overlong field: the rest of the file cannot be read
     */
    public List<String> next() throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                return null;
            }
            if (first && c == '\uFEFF') {
                first = false;
                continue;
            }
            first = false;
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            recordLine = line;
            return record(c);
        }
    }

    private List<String> record(int c) throws IOException {
        List<String> cells = new ArrayList<>(12);
        cell.setLength(0);
        boolean quoted = false;
        boolean wasQuoted = false;
        long quoteLine = 0;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    throw new MalformedCsvException(quoteLine, "the quoted field opened on line " + quoteLine
                            + " is not closed at the end of the file (an unbalanced quote?)");
                }
                cells.add(cell.toString());
                return cells;
            }
            if (quoted) {
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        append('"', quoteLine);
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                        if (line - recordLine >= MAX_RECORD_LINES) {
                            throw new MalformedCsvException(quoteLine, "the quoted field opened on line " + quoteLine
                                    + " runs over more than " + MAX_RECORD_LINES + " lines (an unbalanced quote?)");
                        }
                    }
                    append((char) c, quoteLine);
                }
            } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                line++;
                cells.add(cell.toString());
                return cells;
            } else if (c != '\r') {
                append((char) c, 0);
            }
            c = read();
        }
    }

    private void append(char c, long quoteLine) throws MalformedCsvException {
        if (cell.length() >= MAX_FIELD_CHARS) {
            long at = quoteLine > 0 ? quoteLine : line;
            throw new MalformedCsvException(at, "a field longer than " + MAX_FIELD_CHARS + " characters"
                    + (quoteLine > 0 ? " after the quote opened on line " + quoteLine + " (an unbalanced quote?)"
                            : ""));
        }
        cell.append(c);
    }

    private int read() throws IOException {
        if (pos == length) {
            length = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[pos++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The file is not CSV that can be read on; {@link #line()} is where the trouble began. */
    public static final class MalformedCsvException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        MalformedCsvException(long line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}
