package org.doudi.registry.internal.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.FieldViolation;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.resources.ResourceCategory;
import org.doudi.api.resources.ResourceKind;
import org.doudi.api.resources.ResourceRequest;

/** The rules of a resource request, each broken one a 422 naming the field and the rule. */
final class ResourceChecks {
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final BigDecimal MIN_AMOUNT = new BigDecimal("0.01");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    /** A request read into its values. */
    record Valid(String name, ResourceKind kind, ResourceCategory category, String provider, String street,
            Integer capacity, BigDecimal budget, LocalDate validFrom, LocalDate validTo, boolean active,
            String description) {
    }

    private ResourceChecks() {
    }

    static Valid request(ResourceRequest r, StreetDirectory streets) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        text(v, "name", r.name(), MAX_NAME, true);
        ResourceKind kind = oneOf(v, "kind", r.kind(), ResourceKind.class);
        ResourceCategory category = oneOf(v, "category", r.category(), ResourceCategory.class);
        text(v, "provider", r.provider(), MAX_NAME, true);
        String street = blank(r.street()) ? null : r.street().strip();
        if (street != null && streets.find(street).isEmpty()) {
            v.add(new FieldViolation("street", "knownStreet", "'" + shortened(street)
                    + "' is not a street of this district"));
        }
        if (r.capacity() != null && r.capacity() < 1) {
            v.add(new FieldViolation("capacity", "min", "at least 1 place, or absent for no limit"));
        }
        amount(v, "budget", r.budget());
        LocalDate from = date(v, "validFrom", r.validFrom());
        LocalDate to = date(v, "validTo", r.validTo());
        if (from != null && to != null && to.isBefore(from)) {
            v.add(new FieldViolation("validTo", "order", "cannot be before validFrom (" + from + ")"));
        }
        text(v, "description", r.description(), MAX_DESCRIPTION, false);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return new Valid(r.name().strip(), kind, category, r.provider().strip(), street, r.capacity(),
                r.budget() == null ? null : r.budget().setScale(2), from, to, r.active() == null || r.active(),
                blank(r.description()) ? null : r.description().strip());
    }

    static void programId(String programId) {
        if (programId != null && (programId.length() > 40 || !programId.matches(ProgramInfo.ID_PATTERN))) {
            throw new ValidationException("programId", "pattern", "must be a program id such as charity");
        }
    }

    /** An amount in yuan: at least 0.01, at most two decimals. */
    static void amount(List<FieldViolation> v, String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            v.add(new FieldViolation(field, "scale", "yuan with at most two decimals"));
        } else if (amount.compareTo(MIN_AMOUNT) < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            v.add(new FieldViolation(field, "range", "must be 0.01 to " + MAX_AMOUNT + " yuan"));
        }
    }

    static LocalDate date(List<FieldViolation> v, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.add(new FieldViolation(field, "type", "must be a date yyyy-MM-dd"));
            return null;
        }
    }

    static <E extends Enum<E>> E oneOf(List<FieldViolation> v, String field, String value, Class<E> type) {
        if (blank(value)) {
            v.add(new FieldViolation(field, "required", "one of " + names(type)));
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.strip())) {
                return e;
            }
        }
        v.add(new FieldViolation(field, "oneOf", "must be one of " + names(type)));
        return null;
    }

    static void text(List<FieldViolation> v, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                v.add(new FieldViolation(field, "required", "is required"));
            }
        } else if (value.strip().length() > max) {
            v.add(new FieldViolation(field, "length", "must be at most " + max + " characters"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String shortened(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
