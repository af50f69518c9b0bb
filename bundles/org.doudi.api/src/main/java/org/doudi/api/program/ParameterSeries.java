package org.doudi.api.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A program parameter as the series of values it has had, each with its effective-from date (standards
 * change every July; a decision as of a date uses the value in force that day). Written in configuration as
 * {@code 2021-07-01:1330.00, 2022-07-01:1420.00}: dates strictly increasing, values not negative.
 *
 * @param name        the parameter's name, as in the configuration file, e.g. {@code standard}
 * @param description what it means and its unit
 * @param standard    true for a standard that must be renewed yearly: a value in force for more than
 *                    12 months raises a stale-standard warning
 * @param values      the values, oldest first
 */
public record ParameterSeries(String name, String description, boolean standard, List<EffectiveValue> values) {

    public ParameterSeries {
        values = List.copyOf(values);
    }

    /**
     * Parses {@code text} ({@code yyyy-MM-dd:value} entries separated by commas, semicolons or line breaks).
     *
     * @throws IllegalArgumentException naming the parameter and the broken rule
     */
    public static ParameterSeries parse(String name, String description, boolean standard, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + ": no value; write it as 2021-07-01:1330.00");
        }
        List<EffectiveValue> values = new ArrayList<>();
        for (String entry : text.trim().split("\\s*[,;\\n]\\s*")) {
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(name + ": '" + entry + "' is not date:value (e.g. 2021-07-01:1330.00)");
            }
            LocalDate from;
            BigDecimal value;
            try {
                from = LocalDate.parse(entry.substring(0, colon).trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(name + ": '" + entry.substring(0, colon).trim()
                        + "' is not a date (yyyy-MM-dd)");
            }
            try {
                value = new BigDecimal(entry.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": '" + entry.substring(colon + 1).trim()
                        + "' is not a number");
            }
            if (value.signum() < 0) {
                throw new IllegalArgumentException(name + ": " + value.toPlainString() + " is negative");
            }
            if (!values.isEmpty() && !from.isAfter(values.get(values.size() - 1).from())) {
                throw new IllegalArgumentException(name + ": dates must increase (" + from + " after "
                        + values.get(values.size() - 1).from() + ")");
            }
            values.add(new EffectiveValue(from, value));
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + ": no value; write it as 2021-07-01:1330.00");
        }
        return new ParameterSeries(name, description, standard, values);
    }

    /** The value in force on {@code date}, if the series has started by then. */
    public Optional<EffectiveValue> on(LocalDate date) {
        EffectiveValue found = null;
        for (EffectiveValue v : values) {
            if (v.from().isAfter(date)) {
                break;
            }
            found = v;
        }
        return Optional.ofNullable(found);
    }

    /** The series written back in its configuration form. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (EffectiveValue v : values) {
            s.append(s.length() == 0 ? "" : ", ").append(v.from()).append(':').append(v.value().toPlainString());
        }
        return s.toString();
    }
}
