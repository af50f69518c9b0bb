package org.doudi.registry.internal.supervision.reconciliation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doudi.api.ValidationException;

/**
 * The columns of the fund platform's export, found by name in its header (any order, case-insensitive; other
 * columns ignored).
 */
final class FundPaymentColumns {
    static final String ID_NUMBER = "idNumber";
    static final String PROGRAM = "program";
    static final String MONTH = "month";
    static final String AMOUNT = "amount";
    static final String ACCOUNT = "account";
    static final String STATUS = "status";
    static final List<String> REQUIRED = List.of(ID_NUMBER, PROGRAM, MONTH, AMOUNT, ACCOUNT, STATUS);

    private final Map<String, Integer> index;

    private FundPaymentColumns(Map<String, Integer> index) {
        this.index = index;
    }

    /** The columns of {@code header}; a 422 naming what is missing or doubled. */
    static FundPaymentColumns of(List<String> header) {
        if (header == null) {
            throw new ValidationException("(body)", "required", "the platform's CSV export is required, with the "
                    + "header " + String.join(",", REQUIRED));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            for (String column : REQUIRED) {
                if (column.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
                        && index.put(column, i) != null) {
                    throw new ValidationException("(header)", "duplicate", "the column " + column
                            + " appears twice in the header");
                }
            }
        }
        List<String> missing = new ArrayList<>(REQUIRED);
        missing.removeAll(index.keySet());
        if (!missing.isEmpty()) {
            throw new ValidationException("(header)", "columns", "the header lacks " + String.join(", ", missing)
                    + "; it must name " + String.join(",", REQUIRED));
        }
        return new FundPaymentColumns(index);
    }

    /** The cell of {@code column} in {@code cells}, stripped; empty when the record is short. */
    String cell(List<String> cells, String column) {
        int i = index.get(column);
        return i < cells.size() ? cells.get(i).strip() : "";
    }
}
