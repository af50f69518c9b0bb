package org.doudi.program.charity.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text (RFC 4180: comma-separated, double quotes around a cell that holds a comma, quote or line break,
 * a quote doubled inside one; LF or CRLF line ends). Each record keeps the number of the line it starts on, so that
 * errors name the line a person sees in an editor. Blank lines are skipped; a leading byte-order mark is ignored.
 */
final class CsvReader {

    /** One record: the line it starts on (from 1) and its cells. */
    record Line(int number, List<String> cells) {
    }

    private CsvReader() {
    }

    static List<Line> read(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> out = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                end(out, cells, cell, any, start);
                any = false;
                line++;
                start = line;
            } else {
                cell.append(c);
                any = true;
            }
        }
        end(out, cells, cell, any, start);
        return out;
    }

    private static void end(List<Line> out, List<String> cells, StringBuilder cell, boolean any, int start) {
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            out.add(new Line(start, List.copyOf(cells)));
        }
        cells.clear();
        cell.setLength(0);
    }
}
