package org.doudi.registry.internal.monitoring;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: comma separated, double quotes, quoted line breaks) record by record without holding the
 * file, and tells the line each record starts on. A byte-order mark before the header is dropped.
 */
final class CsvReader implements AutoCloseable {
    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int length;
    private int pos;
    private long line = 1;
    private long recordLine;
    private boolean first = true;
    private final StringBuilder cell = new StringBuilder(64);

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The line the last record returned starts on (1 = the first line of the file). */
    long line() {
        return recordLine;
    }

    /** The next record's cells, or null at the end. Blank lines are skipped. */
    List<String> next() throws IOException {
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
        while (true) {
            if (c < 0) {
                cells.add(cell.toString());
                return cells;
            }
            if (quoted) {
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                line++;
                cells.add(cell.toString());
                return cells;
            } else if (c != '\r') {
                cell.append((char) c);
            }
            c = read();
        }
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
}
