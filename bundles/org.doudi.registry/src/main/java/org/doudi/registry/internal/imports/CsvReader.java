package org.doudi.registry.internal.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams CSV records (RFC 4180: comma-separated, fields optionally in double quotes, {@code ""} for a quote inside,
 * line breaks inside quotes) from UTF-8 bytes, keeping for each record its first and last physical line and the
 * byte offset just after it. Reads through its own buffer: the file is never held in memory.
 */
final class CsvReader implements Closeable {
    /** A field longer than this is a broken file (an unbalanced quote), not data. */
    static final int MAX_FIELD_BYTES = 1 << 20;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private long bufStart;
    private long lines;
    private byte[] field = new byte[256];
    private int fieldLength;
    private final List<String> cells = new ArrayList<>();

    private long firstLine;
    private long lastLine;
    private boolean malformed;

    CsvReader(InputStream in) throws IOException {
        this.in = in;
        fill();
        if (lim >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
            pos = 3;
        }
    }

    /**
     * The next non-blank record's cells (null for an empty cell), or null at the end of the input.
     *
     * @throws MalformedCsvException when a field runs past {@link #MAX_FIELD_BYTES} (an unbalanced quote)
     */
    String[] next() throws IOException {
        while (true) {
            if (peek() < 0) {
                return null;
            }
            firstLine = lines + 1;
            malformed = false;
            cells.clear();
            int end;
            do {
                end = readField();
            } while (end == ',');
            lastLine = lines;
            if (cells.size() > 1 || cells.get(0) != null) {
                return cells.toArray(new String[0]);
            }
        }
    }

    /** The physical line the last record began on (1 = the first line of the file). */
    long firstLine() {
        return firstLine;
    }

    /** The physical line the last record ended on. */
    long lastLine() {
        return lastLine;
    }

    /** True when the last record had text after a closing quote (kept, but the row is suspect). */
    boolean malformed() {
        return malformed;
    }

    /** Bytes consumed so far: the offset just after the last record. */
    long offset() {
        return bufStart + pos;
    }

    /** Reads one field; returns what ended it: {@code ','}, {@code '\n'} or -1 (end of input). */
    private int readField() throws IOException {
        fieldLength = 0;
        int b = read();
        boolean quoted = b == '"';
        if (quoted) {
            while (true) {
                b = read();
                if (b < 0) {
                    malformed = true;
                    break;
                }
                if (b == '"') {
                    if (peek() == '"') {
                        read();
                        append('"');
                        continue;
                    }
                    b = read();
                    while (b >= 0 && b != ',' && b != '\n') {
                        if (b != '\r') {
                            malformed = true;
                            append(b);
                        }
                        b = read();
                    }
                    break;
                }
                if (b == '\n') {
                    lines++;
                }
                append(b);
            }
        } else {
            while (b >= 0 && b != ',' && b != '\n') {
                append(b);
                b = read();
            }
            if (fieldLength > 0 && field[fieldLength - 1] == '\r' && b != ',') {
                fieldLength--;
            }
        }
        if (b == '\n' || b < 0) {
            lines++;
        }
        cells.add(fieldLength == 0 ? null : new String(field, 0, fieldLength, StandardCharsets.UTF_8));
        return b == ',' ? ',' : b == '\n' ? '\n' : -1;
    }

    private void append(int b) throws MalformedCsvException {
        if (fieldLength == field.length) {
            if (fieldLength >= MAX_FIELD_BYTES) {
                throw new MalformedCsvException("line " + (lines + 1) + ": a field longer than " + MAX_FIELD_BYTES
                        + " bytes (an unbalanced quote?)");
            }
            field = java.util.Arrays.copyOf(field, field.length * 2);
        }
        field[fieldLength++] = (byte) b;
    }

    private int read() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    private int peek() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos] & 0xff;
    }

    private boolean fill() throws IOException {
        bufStart += lim;
        pos = 0;
        lim = 0;
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        lim = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The input is not CSV that can be read on. */
    static final class MalformedCsvException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedCsvException(String message) {
            super(message);
        }
    }
}
