package org.doudi.registry.internal.records;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordQuery;

/** The bounds of program records, each broken one a 422 naming the field and the rule. */
final class RecordChecks {
    static final String KIND_PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";
    static final String ACTION_PATTERN = "[A-Z][A-Z0-9_]*";
    static final int MAX_KIND = 40;
    static final int MAX_STATUS = 30;
    static final int MAX_KEY = 100;
    static final int MAX_KEYS = 100;
    static final int MAX_BODY_BYTES = 1 << 20;
    static final int MAX_ACTION = 60;
    static final int MAX_ID = 64;
    static final int MAX_STREET = 32;
    /** The furthest a page may start: page × size at most this (no overflow, no scans past a million rows). */
    static final long MAX_OFFSET = 1_000_000;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private RecordChecks() {
    }

    static void programId(String programId) {
        if (programId == null || programId.length() > 40 || !programId.matches(ProgramInfo.ID_PATTERN)) {
            throw new ValidationException("programId", "pattern", "must be a program id such as temporary-relief");
        }
    }

    static void action(String action) {
        if (action == null || action.length() > MAX_ACTION || !action.matches(ACTION_PATTERN)) {
            throw new ValidationException("action", "pattern", "must be upper case with underscores, at most "
                    + MAX_ACTION + " characters, e.g. SMALL_GRANT_MADE");
        }
    }

    /** The draft's keys, without duplicates; 422 for a draft out of bounds. */
    static List<String> draft(RecordDraft d) {
        if (d == null) {
            throw new ValidationException("draft", "required", "the record's content is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        kind(v, d.kind());
        text(v, "householdId", d.householdId(), MAX_ID);
        text(v, "street", d.street(), MAX_STREET);
        text(v, "status", d.status(), MAX_STATUS);
        if (d.amount() != null && (d.amount().scale() > 2 && d.amount().stripTrailingZeros().scale() > 2)) {
            v.add(new FieldViolation("amount", "scale", "yuan with at most two decimals"));
        } else if (d.amount() != null && d.amount().abs().compareTo(MAX_AMOUNT) > 0) {
            v.add(new FieldViolation("amount", "range", "at most " + MAX_AMOUNT + " yuan"));
        }
        if (d.body() != null && d.body().getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            v.add(new FieldViolation("body", "size", "at most 1 MiB"));
        }
        Set<String> keys = new LinkedHashSet<>();
        if (d.keys().size() > MAX_KEYS) {
            v.add(new FieldViolation("keys", "size", "at most " + MAX_KEYS + " keys"));
        }
        for (int i = 0; i < d.keys().size(); i++) {
            String k = d.keys().get(i);
            if (k == null || k.isBlank()) {
                v.add(new FieldViolation("keys[" + i + "]", "required", "a key may not be empty"));
            } else if (k.length() > MAX_KEY) {
                v.add(new FieldViolation("keys[" + i + "]", "length", "at most " + MAX_KEY + " characters"));
            } else {
                keys.add(k);
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return List.copyOf(keys);
    }

    static void query(RecordQuery q) {
        if (q == null) {
            throw new ValidationException("query", "required", "a query is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        if (q.kind() != null) {
            kind(v, q.kind());
        }
        if (q.page() < 0) {
            v.add(new FieldViolation("page", "range", "must be 0 or more"));
        }
        if (q.size() < 1 || q.size() > 1000) {
            v.add(new FieldViolation("size", "range", "must be 1 to 1000"));
        } else if (q.page() >= 0 && (long) q.page() * q.size() > MAX_OFFSET) {
            v.add(new FieldViolation("page", "range", "page × size must be at most " + MAX_OFFSET
                    + "; narrow the query instead"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private static void kind(List<FieldViolation> v, String kind) {
        if (kind == null || kind.length() > MAX_KIND || !kind.matches(KIND_PATTERN)) {
            v.add(new FieldViolation("kind", "pattern", "lower case with hyphens, at most " + MAX_KIND
                    + " characters, e.g. small-grant"));
        }
    }

    private static void text(List<FieldViolation> v, String field, String value, int max) {
        if (value != null && (value.isBlank() || value.length() > max)) {
            v.add(new FieldViolation(field, "length", "must be 1 to " + max + " characters, or absent"));
        }
    }
}
