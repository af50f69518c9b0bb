package org.doudi.api.csv;

/**
 * CSV cells and spreadsheet formula injection: a cell starting with {@code = + - @} (or a tab or carriage
 * return) is run as a formula when an exported file is opened in a spreadsheet. Imports refuse such text
 * fields; exports neutralise them. Numbers (a leading minus followed by digits) are data, not formulas.
 */
public final class CsvCells {
    private CsvCells() {
    }

    /** True if a spreadsheet would treat {@code cell} as a formula. */
    public static boolean isFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == '-' || first == '+') {
            return !cell.substring(1).matches("[0-9]+(\\.[0-9]+)?");
        }
        return first == '=' || first == '@' || first == '\t' || first == '\r';
    }

    /** The cell made safe for export: a formula-like cell gets a leading apostrophe; then CSV quoting. */
    public static String export(String cell) {
        if (cell == null) {
            return "";
        }
        String safe = isFormula(cell) ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
