package org.doudi.registry.internal.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in the file a validator violation comes from: its JSON path ({@code members[2].idNumber},
 * {@code incomes[0].source}) back to the member's line and the column the value was read from.
 *
 * @param line   the physical line
 * @param column the column's header name (or the household-level field)
 */
record ViolationSite(long line, String column) {
    private static final Pattern PATH =
            Pattern.compile("(members|incomes|assets|expenditures)\\[(\\d+)\\]\\.?([A-Za-z]*)");

    /** The site of {@code field} among {@code rows} (the household's rows, in the order the draft was built). */
    static ViolationSite locate(String field, List<MemberRow> rows) {
        long firstLine = rows.get(0).line();
        Matcher m = PATH.matcher(field);
        if (!m.lookingAt()) {
            return new ViolationSite(firstLine, field);
        }
        int index = Integer.parseInt(m.group(2));
        String property = m.group(3);
        String list = m.group(1);
        if (list.equals("members")) {
            return index >= rows.size() ? new ViolationSite(firstLine, field)
                    : new ViolationSite(rows.get(index).line(), property.isEmpty() ? "(row)" : property);
        }
        int seen = 0;
        for (MemberRow row : rows) {
            List<? extends MemberRow.Located<?>> facts = list.equals("incomes") ? row.incomes()
                    : list.equals("assets") ? row.assets() : row.expenditures();
            if (index < seen + facts.size()) {
                return new ViolationSite(row.line(), column(property, facts.get(index - seen).column()));
            }
            seen += facts.size();
        }
        return new ViolationSite(firstLine, field);
    }

    private static String column(String property, ImportColumn amountColumn) {
        switch (property) {
            case "source":
                return ImportColumn.FACTS_SOURCE.header();
            case "asOf":
            case "from":
            case "to":
                return ImportColumn.FACTS_AS_OF.header();
            case "floorArea":
                return ImportColumn.REAL_ESTATE_AREA.header();
            default:
                return amountColumn.header();
        }
    }
}
