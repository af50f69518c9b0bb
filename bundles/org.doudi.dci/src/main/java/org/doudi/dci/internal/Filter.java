package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A compiled DCI query (idtype-value, expression or predicate) over the attributes of one registry row
 * (see {@link Rows}): conditions combined with and / or / not.
 */
sealed interface Filter {

    boolean test(Map<String, Object> row);

    /** Matches every row. */
    Filter ALL = new And(List.of());

    /** {@code attribute operator value}; operators are the spec's gt, lt, eq, ge, le, in. */
    record Cond(String attribute, String operator, JsonNode value) implements Filter {
        @Override
        public boolean test(Map<String, Object> row) {
            Object actual = row.get(attribute);
            if (actual instanceof Collection<?> many) {
                return many.stream().anyMatch(this::matches);
            }
            return matches(actual);
        }

        private boolean matches(Object actual) {
            if (actual == null) {
                return false;
            }
            if ("in".equals(operator)) {
                for (JsonNode v : value) {
                    if (compare(actual, v) == 0) {
                        return true;
                    }
                }
                return false;
            }
            int c = compare(actual, value);
            return switch (operator) {
                case "eq" -> c == 0;
                case "lt" -> c < 0;
                case "le" -> c <= 0;
                case "gt" -> c > 0;
                default -> c >= 0;
            };
        }

        private static int compare(Object actual, JsonNode expected) {
            if (actual instanceof Number n && (expected.isNumber() || isNumeric(expected.asText()))) {
                try {
                    return new BigDecimal(n.toString()).compareTo(new BigDecimal(expected.asText()));
                } catch (NumberFormatException notANumber) {
                    // NaN or an infinity (refused by the parser): compared as text below
                }
            }
            if (actual instanceof Boolean b) {
                return Boolean.compare(b, expected.isBoolean() ? expected.asBoolean()
                        : Boolean.parseBoolean(expected.asText()));
            }
            String a = actual.toString().toLowerCase(Locale.ROOT);
            String e = expected.asText().toLowerCase(Locale.ROOT);
            return Integer.signum(a.compareTo(e));
        }

        private static boolean isNumeric(String s) {
            return s.matches("-?\\d+(\\.\\d+)?");
        }
    }

    /** Every part holds. */
    record And(List<Filter> parts) implements Filter {
        @Override
        public boolean test(Map<String, Object> row) {
            return parts.stream().allMatch(p -> p.test(row));
        }
    }

    /** Some part holds. */
    record Or(List<Filter> parts) implements Filter {
        @Override
        public boolean test(Map<String, Object> row) {
            return parts.stream().anyMatch(p -> p.test(row));
        }
    }

    /** The part does not hold. */
    record Not(Filter part) implements Filter {
        @Override
        public boolean test(Map<String, Object> row) {
            return !part.test(row);
        }
    }

    /** The value an equality condition reachable through "and" only requires of {@code attribute}, or null. */
    static String required(Filter f, String attribute) {
        if (f instanceof Cond c && c.attribute().equals(attribute) && "eq".equals(c.operator())) {
            return c.value().asText();
        }
        if (f instanceof And a) {
            for (Filter p : a.parts()) {
                String v = required(p, attribute);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }
}
