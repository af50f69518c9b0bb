package org.doudi.registry.internal.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.api.ValidationException;
import org.doudi.api.monitoring.FeedType;

/**
 * A row of the city platform's comparison results ({@code idNumber,type,date,key,amount,detail}; {@code type} is
 * a feed type id such as {@code death} or {@code real-estate}; detail may be empty). What identifies the fact
 * ({@link FactHash#identityOf}) must be there, or the row would not match our own warning for the same fact: the
 * key for a type that requires one (a vehicle's plate …), the amount for pension and medical expense; a key sent
 * for a type without one (a death certificate number) is kept in the detail.
 *
 * @param type the fact's feed type
 * @param fact the fact (position = the CSV line)
 */
record CityResultRow(FeedType type, FeedFact fact) {
    static final List<String> COLUMNS = List.of("idNumber", "type", "date", "key", "amount", "detail");

    /** Column positions from the header; a missing {@code idNumber}, {@code type} or {@code date} fails the file. */
    static Map<String, Integer> header(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            for (String c : COLUMNS) {
                if (c.equalsIgnoreCase(name) && index.putIfAbsent(c, i) != null) {
                    throw new ValidationException("header", "unique", "column '" + c + "' appears twice");
                }
            }
        }
        List<String> missing = COLUMNS.subList(0, 3).stream().filter(c -> !index.containsKey(c))
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new ValidationException("header", "required", "missing column(s) " + String.join(", ", missing)
                    + "; the city results need " + String.join(",", COLUMNS));
        }
        return index;
    }

    static CityResultRow parse(long line, List<String> row, Map<String, Integer> index, LocalDate today)
            throws RowRejected {
        String typeId = cell(row, index, "type");
        if (FeedRowCheck.blank(typeId)) {
            throw RowRejected.of("type", "required", "is missing");
        }
        FeedType type = FeedType.ofId(typeId.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> RowRejected.of(
                "type", "oneOf", "unknown type '" + typeId.strip() + "'; one of "
                        + Arrays.stream(FeedType.values()).map(FeedType::id).collect(Collectors.joining(", "))));
        String id = FeedRowCheck.idNumber(cell(row, index, "idNumber"), today);
        LocalDate date = FeedRowCheck.date(cell(row, index, "date"), today);
        String key = FeedRowCheck.text("key", cell(row, index, "key"));
        if (key != null && key.length() > FeedRowCheck.MAX_KEY) {
            throw RowRejected.of("key", "length", "must be at most " + FeedRowCheck.MAX_KEY + " characters");
        }
        BigDecimal amount = FeedRowCheck.amount("amount", cell(row, index, "amount"));
        String detail = FeedRowCheck.text("detail", cell(row, index, "detail"));
        switch (FactHash.identityOf(type)) {
            case NONE -> {
                if (key != null) { // e.g. a death certificate number: kept as text, not part of the fact's identity
                    detail = "key=" + key + (detail == null ? "" : "; " + detail);
                    key = null;
                }
            }
            case KEY -> {
                if (key == null) {
                    throw RowRejected.of("key", "required", "a " + type.id() + " result needs its " + type.keyColumn()
                            + " in key: it identifies the fact");
                }
            }
            case AMOUNT -> {
                if (amount == null) {
                    throw RowRejected.of("amount", "required", "a " + type.id() + " result needs its "
                            + type.amountColumn() + " in amount: it identifies the fact");
                }
            }
        }
        if (detail != null && detail.length() > FeedRowCheck.MAX_DETAIL) {
            detail = detail.substring(0, FeedRowCheck.MAX_DETAIL - 1) + "…";
        }
        return new CityResultRow(type, new FeedFact(line, id, date, key, amount, detail));
    }

    private static String cell(List<String> row, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= row.size() ? null : row.get(i);
    }
}
