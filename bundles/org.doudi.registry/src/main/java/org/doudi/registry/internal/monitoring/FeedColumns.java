package org.doudi.registry.internal.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doudi.api.ValidationException;
import org.doudi.api.monitoring.FeedType;

/**
 * A feed CSV's header: where {@code idNumber}, {@code date} and the type's columns are. Names match without
 * regard to case. A header without a required column fails the whole load (every row would be rejected).
 */
final class FeedColumns {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> others = new ArrayList<>();
    private final int idNumber;
    private final int date;

    private FeedColumns(List<String> header, FeedType type) {
        Map<String, String> canonical = new HashMap<>();
        for (String c : type.requiredColumns()) {
            canonical.put(c.toLowerCase(Locale.ROOT), c);
        }
        for (String c : new String[] {type.keyColumn(), type.amountColumn(), FeedRowCheck.ID_NUMBER,
            FeedRowCheck.DATE}) {
            if (c != null) {
                canonical.put(c.toLowerCase(Locale.ROOT), c);
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i).strip();
            if (raw.isEmpty()) {
                continue;
            }
            String name = canonical.getOrDefault(raw.toLowerCase(Locale.ROOT), raw);
            if (index.putIfAbsent(name, i) != null) {
                throw new ValidationException("header", "unique", "column '" + name + "' appears twice");
            }
            if (!name.equals(FeedRowCheck.ID_NUMBER) && !name.equals(FeedRowCheck.DATE)) {
                others.add(name);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String c : required(type)) {
            if (!index.containsKey(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new ValidationException("header", "required", "missing column(s) " + String.join(", ", missing)
                    + "; a " + type.id() + " feed needs " + String.join(", ", required(type)));
        }
        idNumber = index.get(FeedRowCheck.ID_NUMBER);
        date = index.get(FeedRowCheck.DATE);
    }

    static FeedColumns of(List<String> header, FeedType type) {
        return new FeedColumns(header, type);
    }

    static List<String> required(FeedType type) {
        List<String> all = new ArrayList<>(List.of(FeedRowCheck.ID_NUMBER, FeedRowCheck.DATE));
        all.addAll(type.requiredColumns());
        return all;
    }

    String idNumber(List<String> row) {
        return cell(row, idNumber);
    }

    String date(List<String> row) {
        return cell(row, date);
    }

    /** The columns besides {@code idNumber} and {@code date}, in header order. */
    List<String> others() {
        return others;
    }

    String value(List<String> row, String column) {
        Integer i = index.get(column);
        return i == null ? null : cell(row, i);
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i) : null;
    }
}
