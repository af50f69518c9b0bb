package org.doudi.api.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one eligibility rule: which rule, passed or not, and a sentence naming the figures compared,
 * e.g. {@code per-capita income 1,210.00 < standard 1,330.00}.
 *
 * @param rule    stable rule id, e.g. {@code income}, {@code monetary-assets}
 * @param passed  whether the household meets the rule
 * @param detail  the comparison in words, with the figures
 * @param figures the figures used, by name (amounts as {@link java.math.BigDecimal}, counts, dates)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleOutcome(String rule, boolean passed, String detail, Map<String, Object> figures) {

    public RuleOutcome {
        figures = figures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** A passed rule. */
    public static RuleOutcome pass(String rule, String detail, Map<String, Object> figures) {
        return new RuleOutcome(rule, true, detail, figures);
    }

    /** A failed rule. */
    public static RuleOutcome fail(String rule, String detail, Map<String, Object> figures) {
        return new RuleOutcome(rule, false, detail, figures);
    }

    /** Passed or failed by {@code passed}. */
    public static RuleOutcome of(String rule, boolean passed, String detail, Map<String, Object> figures) {
        return new RuleOutcome(rule, passed, detail, figures);
    }
}
