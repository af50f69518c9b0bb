package org.doudi.program.charity.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.api.csv.CsvCells;
import org.doudi.api.person.ResidentIdNumber;

/**
 * One data line of an aid import, read and checked cell by cell: every fault is listed, and a line with any fault
 * is skipped. Columns: {@code idNumber} (valid ID number), {@code date} ({@code yyyy-MM-dd}, not after today),
 * {@code kind} (1–40 characters), {@code amount} (yuan, 0 or more, at most two decimals, below 10,000,000), an
 * optional {@code description} (at most 500 characters) and an optional {@code itemRef} (the organisation's own
 * reference of the item, at most 60 characters: it tells apart two genuine items that are otherwise the same).
 */
record AidLine(int line, String idNumber, LocalDate date, String kind, BigDecimal amount, String description,
        String itemRef, List<ImportError> errors) {

    static final List<String> REQUIRED = List.of("idNumber", "date", "kind", "amount");
    static final String DESCRIPTION = "description";
    static final String ITEM_REF = "itemRef";
    private static final BigDecimal MAX = new BigDecimal("10000000");

    static AidLine read(CsvReader.Line l, Map<String, Integer> columns, LocalDate today) {
        List<ImportError> errors = new ArrayList<>();
        int n = l.number();
        if (l.cells().size() != columns.size()) {
            errors.add(new ImportError(n, "(line)", "has " + l.cells().size() + " cells, the header has "
                    + columns.size()));
            return new AidLine(n, null, null, null, null, null, null, errors);
        }
        String id = null;
        ResidentIdNumber.Result checked = ResidentIdNumber.check(cell(l, columns, "idNumber"), today);
        if (checked.valid()) {
            id = checked.normalized();
        } else {
            errors.add(new ImportError(n, "idNumber", checked.message()));
        }
        LocalDate date = null;
        String d = cell(l, columns, "date");
        try {
            date = LocalDate.parse(d);
            if (date.isAfter(today)) {
                errors.add(new ImportError(n, "date", d + " is after today (" + today + ")"));
            }
        } catch (DateTimeParseException e) {
            errors.add(new ImportError(n, "date", "'" + d + "' is not a date yyyy-MM-dd"));
        }
        String kind = text(n, "kind", cell(l, columns, "kind"), 40, true, errors);
        BigDecimal amount = amount(n, cell(l, columns, "amount"), errors);
        String description = columns.containsKey(DESCRIPTION)
                ? text(n, DESCRIPTION, cell(l, columns, DESCRIPTION), 500, false, errors) : null;
        String itemRef = columns.containsKey(ITEM_REF)
                ? text(n, ITEM_REF, cell(l, columns, ITEM_REF), 60, false, errors) : null;
        return new AidLine(n, id, date, kind, amount, description, itemRef, errors);
    }

    private static String cell(CsvReader.Line l, Map<String, Integer> columns, String name) {
        return l.cells().get(columns.get(name)).strip();
    }

    private static String text(int n, String field, String v, int max, boolean required, List<ImportError> errors) {
        if (v.isEmpty()) {
            if (required) {
                errors.add(new ImportError(n, field, "is empty"));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(new ImportError(n, field, "is longer than " + max + " characters"));
        } else if (CsvCells.isFormula(v)) {
            errors.add(new ImportError(n, field, "starts with = + - @ (a spreadsheet formula)"));
        }
        return v;
    }

    private static BigDecimal amount(int n, String v, List<ImportError> errors) {
        BigDecimal a;
        try {
            a = new BigDecimal(v);
        } catch (NumberFormatException e) {
            errors.add(new ImportError(n, "amount", "'" + v + "' is not an amount in yuan (e.g. 500.00)"));
            return null;
        }
        if (a.signum() < 0) {
            errors.add(new ImportError(n, "amount", v + " is negative"));
        } else if (a.stripTrailingZeros().scale() > 2) {
            errors.add(new ImportError(n, "amount", v + " has more than two decimals"));
        } else if (a.compareTo(MAX) >= 0) {
            errors.add(new ImportError(n, "amount", v + " is not below 10,000,000.00"));
        } else {
            return a.setScale(2);
        }
        return null;
    }
}
